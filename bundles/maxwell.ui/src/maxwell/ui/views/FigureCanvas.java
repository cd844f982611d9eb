package maxwell.ui.views;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.swt.SWTGraphics2D;

import maxwell.figures.Figure;

/**
 * Paints one {@link Figure} (Java2D) on SWT through SWTGraphics2D, or a message when there is no
 * figure to show. The figure keeps its aspect ratio, centred on a white page. The drawing is kept
 * in an off-screen image, so exposing the canvas (a dialog moving over it) copies pixels instead
 * of drawing the chart again; only a new figure or a new size draws it.
 */
public final class FigureCanvas {

    /** Text smaller than about half its natural size cannot be read on screen. */
    static final double SMALLEST_SCALE = 0.55;

    private final Canvas canvas;
    private Figure figure;
    private String message = "";
    private Image drawn;
    private Point drawnSize;

    public FigureCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.Resize, event -> forgetDrawing());
        canvas.addDisposeListener(event -> forgetDrawing());
    }

    public Canvas control() {
        return canvas;
    }

    public Figure figure() {
        return figure;
    }

    /** What the canvas says instead of a figure; empty while it shows one. */
    public String message() {
        return figure == null ? message : "";
    }

    public void showFigure(Figure figure) {
        this.figure = figure;
        forgetDrawing();
        canvas.redraw();
    }

    public void showMessage(String text) {
        this.figure = null;
        this.message = text;
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

    private void paint(GC gc) {
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        if (drawn == null || !size.equals(drawnSize)) {
            forgetDrawing();
            drawn = draw(size);
            drawnSize = size;
        }
        gc.drawImage(drawn, 0, 0);
    }

    private Image draw(Point size) {
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, size.x, size.y);
            if (figure != null) {
                Rectangle area = placement(figure.naturalSize(), size);
                double shrink = shrink(figure.naturalSize(), area);
                SWTGraphics2D g = new SWTGraphics2D(gc);
                try {
                    g.scale(shrink, shrink);
                    figure.draw(g, new Rectangle2D.Double(area.x / shrink, area.y / shrink, area.width / shrink,
                            area.height / shrink));
                } catch (RuntimeException e) {
                    // A figure that cannot draw must not take the view (or the workbench's paint loop) down.
                    gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                    gc.drawText("The figure could not be drawn: " + e, 10, 10, true);
                } finally {
                    g.dispose();
                }
            } else {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                Point extent = gc.textExtent(message, SWT.DRAW_DELIMITER);
                gc.drawText(message, Math.max(10, (size.x - extent.x) / 2), Math.max(10, (size.y - extent.y) / 2),
                        SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
            }
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void forgetDrawing() {
        if (drawn != null) {
            drawn.dispose();
            drawn = null;
        }
    }
}
