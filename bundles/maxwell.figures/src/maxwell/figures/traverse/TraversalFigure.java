package maxwell.figures.traverse;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import maxwell.core.analysis.LatentTraversal;
import maxwell.core.analysis.LatentTraversal.Sweep;
import maxwell.core.analysis.LatentTraversal.Traversals;
import maxwell.core.analysis.SnapshotAdapter;
import maxwell.figures.Figure;
import maxwell.figures.style.Page;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;
import maxwell.figures.swap.SwapGridFigure;

/**
 * One row per latent dimension: the probe image decoded while that dimension sweeps from low to
 * high, the others held. Rows of the content partition are labelled blue, style rows vermillion; the
 * bar at the right is how much the sweep changes the image, so unused dimensions stand out.
 */
public final class TraversalFigure implements Figure {

    private static final int CELL = 60;
    private static final int GAP = 4;
    private static final int LEFT = 200;
    private static final int TOP = 96;
    private static final int PARTITION_GAP = 18;
    private static final int BAR = 110;

    private final Traversals traversals;
    private final String contentPartition;

    /** @param contentPartition the partition drawn in the semantic colour (the other ones in the domain colour) */
    public TraversalFigure(Traversals traversals, String contentPartition) {
        if (traversals.sweeps().isEmpty()) {
            throw new IllegalArgumentException("no latent dimension to traverse");
        }
        this.traversals = traversals;
        this.contentPartition = contentPartition;
    }

    public Traversals traversals() {
        return traversals;
    }

    @Override
    public String name() {
        return "traversals";
    }

    @Override
    public String caption() {
        return "Latent traversals at epoch " + SnapshotAdapter.epochText(traversals.epoch()) + ": the probe image ("
                + traversals.base().domain() + ", " + traversals.base().content() + ") decoded while one dimension sweeps its"
                + " probe-set mean ± " + LatentTraversal.SPREAD + " sd, the others held.";
    }

    private int steps() {
        return traversals.sweeps().get(0).values().length;
    }

    private int partitionBreaks() {
        int breaks = 0;
        List<Sweep> sweeps = traversals.sweeps();
        for (int i = 1; i < sweeps.size(); i++) {
            if (!sweeps.get(i).partition().equals(sweeps.get(i - 1).partition())) {
                breaks++;
            }
        }
        return breaks;
    }

    @Override
    public Dimension naturalSize() {
        int width = LEFT + steps() * (CELL + GAP) + BAR + 40;
        int height = TOP + traversals.sweeps().size() * (CELL + GAP) + partitionBreaks() * PARTITION_GAP + 20;
        return new Dimension(width, height);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = Page.open(g0, area, naturalSize());
        try {
            header(g);
            double largest = traversals.sweeps().stream().mapToDouble(Sweep::change).max().orElse(0);
            double y = TOP;
            String previous = null;
            for (Sweep sweep : traversals.sweeps()) {
                if (previous != null && !previous.equals(sweep.partition())) {
                    y += PARTITION_GAP;
                }
                previous = sweep.partition();
                row(g, sweep, y, largest);
                y += CELL + GAP;
            }
        } finally {
            g.dispose();
        }
    }

    private void header(Graphics2D g) {
        g.setColor(Palette.INK);
        g.setFont(Type.TITLE);
        g.drawString("Latent traversals, epoch " + SnapshotAdapter.epochText(traversals.epoch()), 20, 30);
        g.setFont(Type.BODY);
        g.setColor(Palette.MUTED);
        g.drawString("probe image: " + traversals.base().domain() + ", " + traversals.base().content()
                + "; each row sweeps one dimension over mean ± " + LatentTraversal.SPREAD + " sd", 20, 54);
        g.setFont(Type.SMALL);
        double gridLeft = LEFT;
        Type.centred(g, "low", gridLeft + CELL / 2.0, TOP - 8);
        Type.centred(g, "high", gridLeft + (steps() - 1) * (CELL + GAP) + CELL / 2.0, TOP - 8);
        Type.centred(g, "image change", gridLeft + steps() * (CELL + GAP) + 12 + BAR / 2.0, TOP - 8);
        BufferedImage base = SwapGridFigure.toImage(traversals.base().image(), traversals.shape());
        g.drawImage(base, new AffineTransform(CELL / (double) base.getWidth(), 0, 0, CELL / (double) base.getHeight(),
                20, TOP), null);
        g.setColor(Palette.MUTED);
        Type.centred(g, "probe image", 20 + CELL / 2.0, TOP + CELL + 16);
    }

    private void row(Graphics2D g, Sweep sweep, double y, double largest) {
        Color colour = sweep.partition().equals(contentPartition) ? Palette.SEMANTIC : Palette.DOMAIN;
        g.setFont(Type.HEADING);
        g.setColor(colour);
        Type.right(g, "z_" + sweep.partition() + "[" + sweep.dimension() + "]", LEFT - 10, y + CELL / 2.0 + 5);
        for (int s = 0; s < sweep.images().length; s++) {
            BufferedImage image = SwapGridFigure.toImage(sweep.images()[s], traversals.shape());
            g.drawImage(image, new AffineTransform(CELL / (double) image.getWidth(), 0, 0,
                    CELL / (double) image.getHeight(), LEFT + s * (CELL + GAP), y), null);
        }
        double barLeft = LEFT + sweep.images().length * (CELL + GAP) + 12;
        double length = largest > 0 ? BAR * sweep.change() / largest : 0;
        g.setColor(Palette.lighter(colour, 0.35));
        g.fill(new Rectangle2D.Double(barLeft, y + CELL / 2.0 - 8, Math.max(1, length), 16));
        g.setColor(Palette.MUTED);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(barLeft, y + CELL / 2.0 - 8, BAR, 16));
        g.setFont(Type.SMALL);
        g.setColor(Palette.INK);
        g.drawString(String.format(Locale.ROOT, "%.3f", sweep.change()), (float) barLeft, (float) (y + CELL / 2.0 + 24));
    }
}
