package maxwell.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows, so a person can look at what the test saw. */
final class Screenshots {

    private Screenshots() {
    }

    static Path folder() throws IOException {
        Path folder = Paths.get(System.getProperty("maxwell.screenshots", "target/screenshots"));
        return Files.createDirectories(folder);
    }

    /** Copies the whole display into a PNG and returns it with its pixels for assertions. */
    static ImageData capture(Display display, String name) throws IOException {
        settle(display);
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(folder().resolve(name + ".png").toString(), SWT.IMAGE_PNG);
            return data;
        } finally {
            image.dispose();
        }
    }

    /** Copies only the area of {@code shell} (e.g. the workbench window at 1280×1024) into a PNG. */
    static Path captureWindow(org.eclipse.swt.widgets.Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle bounds = shell.getBounds().intersection(display.getBounds());
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { withoutBlackBottom(image.getImageData()) };
            Path file = folder().resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    /**
     * Without a window manager the shell's bounds include room for decorations that are never drawn: rows
     * of pure black below the window, cut off here.
     */
    private static ImageData withoutBlackBottom(ImageData data) {
        int height = data.height;
        while (height > 1 && blackRow(data, height - 1)) {
            height--;
        }
        if (height == data.height) {
            return data;
        }
        ImageData cut = new ImageData(data.width, height, data.depth, data.palette);
        int[] row = new int[data.width];
        for (int y = 0; y < height; y++) {
            data.getPixels(0, y, data.width, row, 0);
            cut.setPixels(0, y, data.width, row, 0);
        }
        return cut;
    }

    private static boolean blackRow(ImageData data, int y) {
        for (int x = 0; x < data.width; x++) {
            org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
            if (rgb.red != 0 || rgb.green != 0 || rgb.blue != 0) {
                return false;
            }
        }
        return true;
    }

    /** Lets layout and painting finish before pixels are read; the pointer goes to a corner, so no tooltip covers the views. */
    static void settle(Display display) {
        Rectangle screen = display.getBounds();
        display.setCursorLocation(screen.x + screen.width - 1, screen.y + screen.height - 1);
        long until = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
