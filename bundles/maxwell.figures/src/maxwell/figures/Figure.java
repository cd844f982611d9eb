package maxwell.figures;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A figure drawn once, on Java2D: the workbench hosts it on SWT (through SWTGraphics2D), reports
 * write it as PNG and SVG. Implementations draw only into {@code area} and leave the graphics'
 * transform, clip and colours as they found them.
 */
public interface Figure {

    /** A short name for files and captions, e.g. {@code demon-diagram}. */
    String name();

    /** What the figure shows, for captions and alt text. */
    String caption();

    /** The size the figure was laid out for; it scales to other sizes. */
    Dimension naturalSize();

    void draw(Graphics2D g, Rectangle2D area);
}
