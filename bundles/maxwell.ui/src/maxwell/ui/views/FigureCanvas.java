package maxwell.ui.views;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.geom.Rectangle2D;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import maxwell.figures.Figure;

/**
 * Shows one {@link Figure} (Java2D), or a message when there is no figure to show. The figure keeps
 * its aspect ratio, centred on a white page.
 * <p>
 * The figure is never drawn on the UI thread: drawing a chart-filled figure takes tens to hundreds
 * of milliseconds, which would freeze the workbench while a run trains. It is drawn in a job into an
 * image of the canvas's size ({@link #render}, the same Java2D drawing a PNG export makes), and the
 * UI thread only turns finished pixels into the canvas's background image. The figure views draw a new figure in their own jobs and
 * hand over figure and drawing together; after a resize the canvas draws again in its own job and
 * meanwhile shows the old drawing scaled to fit.
 */
public final class FigureCanvas {

    /** Text smaller than about half its natural size cannot be read on screen. */
    static final double SMALLEST_SCALE = 0.55;
    /** A resize (dragging a sash) draws again only once it paused this long. */
    static final long RESIZE_DELAY_MS = 120;

    private final Canvas canvas;
    private final Display display;
    private volatile Figure figure;
    private String message = "";
    /** The figure's drawing, made for {@link #drawnSize}; null before the first one arrives. */
    private Image drawn;
    private Point drawnSize;
    /** The canvas's size, for drawing jobs; set on the UI thread. */
    private volatile Point size = new Point(0, 0);
    private final RenderJob renderJob = new RenderJob();

    public FigureCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.NONE);
        display = canvas.getDisplay();
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> resized());
        canvas.addDisposeListener(event -> {
            renderJob.cancel();
            forgetDrawing();
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** The figure shown (its drawing may still be on its way after a resize); null while a message is shown. */
    public Figure figure() {
        return figure;
    }

    /** What the canvas says instead of a figure; empty while it shows one. */
    public String message() {
        return figure == null ? message : "";
    }

    /** The size a drawing for this canvas should have; any thread. */
    public Point size() {
        return size;
    }

    /**
     * A figure drawn for one canvas size, as an SWT image made off the UI thread ({@link #draw}). Whoever
     * holds one shows it ({@link #showFigure(Figure, Drawing)}, which takes it over) or disposes it.
     */
    public record Drawing(Image image, Point size) {

        public void dispose() {
            if (!image.isDisposed()) {
                image.dispose();
            }
        }
    }

    /**
     * Draws {@code figure} at {@code size} and makes the SWT image of it: both the slow drawing and the
     * conversion of a megabyte of pixels stay off the UI thread (SWT images may be made on any thread).
     */
    public static Drawing draw(Display display, Figure figure, Point size) {
        ImageData pixels = render(figure, size);
        return new Drawing(new Image(display, pixels), new Point(pixels.width, pixels.height));
    }

    /** Shows a figure; it is drawn in the background, the old drawing stays until then. UI thread. */
    public void showFigure(Figure figure) {
        showFigure(figure, null);
    }

    /**
     * Shows a figure with its drawing, made by {@link #draw} off the UI thread; the canvas takes the drawing
     * over. A drawing of another size than the canvas has now (it was resized meanwhile) is used until one
     * of the right size is drawn. UI thread.
     */
    public void showFigure(Figure figure, Drawing drawing) {
        this.figure = figure;
        if (drawing != null) {
            useDrawing(drawing);
        }
        if (drawing == null || !drawing.size().equals(size)) {
            renderJob.schedule();
        }
        canvas.redraw();
    }

    public void showMessage(String text) {
        this.figure = null;
        this.message = text;
        renderJob.cancel();
        forgetDrawing();
        canvas.redraw();
    }

    /** Where the figure lands inside the canvas: its natural aspect ratio, as large as fits, centred. */
    static Rectangle placement(Dimension natural, Point canvasSize) {
        if (natural.width <= 0 || natural.height <= 0 || canvasSize.x <= 0 || canvasSize.y <= 0) {
            return new Rectangle(0, 0, Math.max(canvasSize.x, 0), Math.max(canvasSize.y, 0));
        }
        double scale = Math.min((double) canvasSize.x / natural.width, (double) canvasSize.y / natural.height);
        int width = (int) Math.floor(natural.width * scale);
        int height = (int) Math.floor(natural.height * scale);
        return new Rectangle((canvasSize.x - width) / 2, (canvasSize.y - height) / 2, width, height);
    }

    /**
     * How much the figure's drawing is scaled down. Figures lay out their text in points: squeezed into a
     * small view without scaling, titles and tick labels crowd the plots out. So a figure smaller than its
     * natural size is laid out at (nearly) its natural size and scaled down as a whole, like a page; below
     * {@link #SMALLEST_SCALE} it is laid out smaller instead, so that its text stays readable.
     */
    static double shrink(Dimension natural, Rectangle area) {
        if (natural.width <= 0 || area.width <= 0) {
            return 1;
        }
        double fit = (double) area.width / natural.width;
        return Math.max(SMALLEST_SCALE, Math.min(1, fit));
    }

    /**
     * Draws {@code figure} on a white page of {@code size} pixels, as the canvas shows it. Any thread but
     * meant for jobs: this is the slow part. A figure that fails to draw says so in the picture.
     */
    public static ImageData render(Figure figure, Point size) {
        int width = Math.max(1, size.x);
        int height = Math.max(1, size.y);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // what the figures ask for themselves, plus metrics that keep small (scaled-down) text evenly spaced
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Rectangle area = placement(figure.naturalSize(), new Point(width, height));
            double shrink = shrink(figure.naturalSize(), area);
            Graphics2D scaled = (Graphics2D) g.create();
            try {
                scaled.scale(shrink, shrink);
                figure.draw(scaled, new Rectangle2D.Double(area.x / shrink, area.y / shrink, area.width / shrink,
                        area.height / shrink));
            } catch (RuntimeException e) {
                // A figure that cannot draw must not take the view down: it says why instead.
                g.setColor(new Color(0x8B0000));
                g.drawString("The figure could not be drawn: " + e, 10, 20);
            } finally {
                scaled.dispose();
            }
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < height; y++) {
            data.setPixels(0, y, width, pixels, y * width);
        }
        return data;
    }

    private void resized() {
        Point now = canvas.getSize();
        size = now;
        showDrawingAsBackground();
        if (figure != null && (drawnSize == null || !drawnSize.equals(now))) {
            renderJob.schedule(RESIZE_DELAY_MS); // a job still sleeping is only put off: one drawing per pause
        }
    }

    /** UI thread: the drawing becomes the canvas's (which disposes it when it is replaced). */
    private void useDrawing(Drawing drawing) {
        forgetDrawing();
        drawn = drawing.image();
        drawnSize = drawing.size();
        showDrawingAsBackground();
    }

    /**
     * A drawing of the canvas's size is its background image, which GTK paints straight from the image's
     * surface. GC.drawImage would do too, but SWT (3.135, GTK) reads the whole image back into an
     * ImageData on every call just to learn its size: tens of milliseconds per paint of a large figure.
     */
    private void showDrawingAsBackground() {
        boolean fits = drawn != null && drawnSize.equals(canvas.getSize());
        if (canvas.getBackgroundImage() != (fits ? drawn : null)) {
            canvas.setBackgroundImage(fits ? drawn : null);
        }
    }

    private void paint(GC gc) {
        Point now = canvas.getSize();
        if (now.x <= 0 || now.y <= 0) {
            return;
        }
        if (figure != null && drawn != null) {
            if (drawnSize.equals(now)) {
                return; // the background image is the drawing
            }
            // resized: the old drawing, scaled to fit, until the new one is drawn (slow, but only meanwhile)
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, now.x, now.y);
            Rectangle to = placement(new Dimension(drawnSize.x, drawnSize.y), now);
            gc.drawImage(drawn, 0, 0, drawnSize.x, drawnSize.y, to.x, to.y, to.width, to.height);
            return;
        }
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, now.x, now.y);
        String text = figure != null ? "Drawing…" : message;
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        Point extent = gc.textExtent(text, SWT.DRAW_DELIMITER);
        gc.drawText(text, Math.max(10, (now.x - extent.x) / 2), Math.max(10, (now.y - extent.y) / 2),
                SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }

    private void forgetDrawing() {
        if (drawn != null) {
            if (!canvas.isDisposed()) {
                canvas.setBackgroundImage(null);
            }
            drawn.dispose();
            drawn = null;
            drawnSize = null;
        }
    }

    /** Draws the shown figure at the canvas's size, then hands the pixels to the UI thread. */
    private final class RenderJob extends Job {

        RenderJob() {
            super("Drawing a figure");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            maxwell.core.run.BackgroundPriority.lowerCurrentThread();
            Figure target = figure;
            Point at = size;
            if (target == null || at.x <= 0 || at.y <= 0 || canvas.isDisposed()) {
                return Status.OK_STATUS;
            }
            if (display.isDisposed()) {
                return Status.OK_STATUS;
            }
            Drawing drawing = draw(display, target, at);
            if (monitor.isCanceled()) {
                drawing.dispose();
                return Status.CANCEL_STATUS;
            }
            try {
                display.asyncExec(() -> {
                    // another figure or size meanwhile: its own drawing is on its way
                    if (!canvas.isDisposed() && figure == target && size.equals(at)) {
                        useDrawing(drawing);
                        canvas.redraw();
                    } else {
                        drawing.dispose();
                    }
                });
            } catch (org.eclipse.swt.SWTException e) {
                drawing.dispose(); // the display is gone: nothing to show it on
            }
            return Status.OK_STATUS;
        }
    }
}
