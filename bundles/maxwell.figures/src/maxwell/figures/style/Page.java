package maxwell.figures.style;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * A figure laid out at a fixed natural size and drawn scaled into any area: the graphics it draws on
 * are translated and scaled so that the natural size fits the area, centred, on white paper, with
 * pixel images kept sharp (no smoothing when tiles of 16 px are shown at 100).
 */
public final class Page {

    private Page() {
    }

    /** A new graphics to draw the page on in natural-size coordinates; the caller disposes it. */
    public static Graphics2D open(Graphics2D g0, Rectangle2D area, Dimension natural) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        double scale = Math.min(area.getWidth() / natural.width, area.getHeight() / natural.height);
        g.translate(area.getX() + (area.getWidth() - natural.width * scale) / 2,
                area.getY() + (area.getHeight() - natural.height * scale) / 2);
        g.scale(scale, scale);
        g.setColor(Palette.PAPER);
        g.fill(new Rectangle2D.Double(0, 0, natural.width, natural.height));
        return g;
    }
}
