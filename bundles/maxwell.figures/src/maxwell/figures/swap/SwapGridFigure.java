package maxwell.figures.swap;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import maxwell.core.analysis.SnapshotAdapter;
import maxwell.core.analysis.SwapDecoding.Probe;
import maxwell.core.analysis.SwapDecoding.SwapGrid;
import maxwell.data.api.ImageShape;
import maxwell.figures.Figure;
import maxwell.figures.style.Page;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;

/**
 * decode(z_c of the row's image, z_s of the column's image): the probe images down the left give
 * the content, those along the top the style. Where the partitions are disentangled, content
 * follows the rows and style the columns; the diagonal reconstructs the images themselves.
 */
public final class SwapGridFigure implements Figure {

    private static final int CELL = 104;
    private static final int GAP = 6;
    private static final int LEFT = 150;
    private static final int TOP = 120;

    private final SwapGrid grid;

    public SwapGridFigure(SwapGrid grid) {
        this.grid = grid;
    }

    @Override
    public String name() {
        return "swap-grid";
    }

    @Override
    public String caption() {
        return "Swap grid at epoch " + SnapshotAdapter.epochText(grid.epoch()) + ": each cell decodes the content code of "
                + "its row's image with the style code of its column's image.";
    }

    @Override
    public Dimension naturalSize() {
        int n = grid.rows().size();
        return new Dimension(LEFT + (n + 1) * (CELL + GAP) + 30, TOP + (n + 1) * (CELL + GAP) + 20);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = Page.open(g0, area, naturalSize());
        try {
            int n = grid.rows().size();
            g.setColor(Palette.INK);
            g.setFont(Type.TITLE);
            g.drawString("Swap grid, epoch " + SnapshotAdapter.epochText(grid.epoch()), 20, 30);
            g.setFont(Type.BODY);
            g.setColor(Palette.MUTED);
            g.drawString("cell = decode(z_" + grid.contentPartition() + " of its row's image, z_" + grid.stylePartition()
                    + " of its column's image)", 20, 54);
            double gridLeft = LEFT + CELL + GAP + 12;
            double gridTop = TOP + CELL + GAP + 12;
            // the corner says which way each code comes from
            g.setFont(Type.HEADING);
            g.setColor(Palette.DOMAIN.darker());
            Type.right(g, "style from →", gridLeft - 16, TOP + CELL / 2.0);
            g.setColor(Palette.SEMANTIC.darker());
            Type.centred(g, "content from ↓", LEFT + CELL / 2.0, gridTop - 14);
            for (int i = 0; i < n; i++) {
                Probe probe = grid.rows().get(i);
                // the originals: along the top (style sources) and down the left (content sources)
                image(g, probe.image(), gridLeft + i * (CELL + GAP), TOP);
                image(g, probe.image(), LEFT, gridTop + i * (CELL + GAP));
                g.setFont(Type.SMALL);
                g.setColor(Palette.INK);
                Type.centred(g, probe.domain(), gridLeft + i * (CELL + GAP) + CELL / 2.0, TOP - 6);
                Type.right(g, probe.domain(), LEFT - 8, gridTop + i * (CELL + GAP) + CELL / 2.0 + 5);
                for (int j = 0; j < n; j++) {
                    image(g, grid.decoded()[i][j], gridLeft + j * (CELL + GAP), gridTop + i * (CELL + GAP));
                }
            }
            g.setColor(Palette.MUTED);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i < n; i++) {
                g.draw(new Rectangle2D.Double(gridLeft + i * (CELL + GAP) - 1, gridTop + i * (CELL + GAP) - 1, CELL + 1,
                        CELL + 1));
            }
        } finally {
            g.dispose();
        }
    }

    private void image(Graphics2D g, float[] chw, double x, double y) {
        BufferedImage image = toImage(chw, grid.shape());
        g.drawImage(image, new AffineTransform(CELL / (double) image.getWidth(), 0, 0, CELL / (double) image.getHeight(), x, y),
                null);
    }

    /** CHW floats in [0, 1] (one channel: grey) to an RGB image. */
    public static BufferedImage toImage(float[] chw, ImageShape shape) {
        int w = shape.width();
        int h = shape.height();
        int plane = w * h;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int yy = 0; yy < h; yy++) {
            for (int xx = 0; xx < w; xx++) {
                int i = yy * w + xx;
                int r = channel(chw[i]);
                int gr = shape.channels() >= 3 ? channel(chw[plane + i]) : r;
                int b = shape.channels() >= 3 ? channel(chw[2 * plane + i]) : r;
                image.setRGB(xx, yy, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }
}
