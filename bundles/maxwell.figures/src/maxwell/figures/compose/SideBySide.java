package maxwell.figures.compose;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

import maxwell.figures.Figure;
import maxwell.figures.style.Charts;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;

/**
 * Figures of several runs in one grid, each at its own aspect ratio and under its label, so they can
 * be read against each other and exported as one picture. The grid has as many columns as bring the
 * whole closest to a screen's shape (16:10).
 */
public final class SideBySide implements Figure {

    private final String name;
    private final String caption;
    private final List<Figure> figures;
    private final List<String> labels;
    private final int columns;

    /** The shape the grid aims at: a screen's. */
    private static final double TARGET_ASPECT = 1.6;
    /** Height of the strip above each figure that carries its label. */
    private static final int LABEL_HEIGHT = 30;

    /** @param labels one per figure (e.g. the run id), or empty for no labels */
    public SideBySide(String name, String caption, List<? extends Figure> figures, List<String> labels) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("nothing to show side by side");
        }
        if (!labels.isEmpty() && labels.size() != figures.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + figures.size() + " figures");
        }
        this.name = name;
        this.caption = caption;
        this.figures = List.copyOf(figures);
        this.labels = List.copyOf(labels);
        this.columns = bestColumns();
    }

    private int bestColumns() {
        Dimension cell = cell();
        int best = 1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 1; c <= figures.size(); c++) {
            int rows = (figures.size() + c - 1) / c;
            double distance = Math.abs(Math.log((double) c * cell.width / (rows * (double) cell.height) / TARGET_ASPECT));
            if (distance < bestDistance - 1e-9) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    public List<Figure> figures() {
        return figures;
    }

    public int columns() {
        return columns;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String caption() {
        return caption;
    }

    @Override
    public Dimension naturalSize() {
        Dimension cell = cell();
        return new Dimension(cell.width * columns, cell.height * rows());
    }

    private int rows() {
        return (figures.size() + columns - 1) / columns;
    }

    private Dimension cell() {
        int width = 0;
        int height = 0;
        for (Figure figure : figures) {
            width = Math.max(width, figure.naturalSize().width);
            height = Math.max(height, figure.naturalSize().height);
        }
        return new Dimension(width, height + labelHeight());
    }

    private int labelHeight() {
        return labels.isEmpty() ? 0 : LABEL_HEIGHT;
    }

    /**
     * Where figure {@code index} is drawn inside {@code area}: its cell below the label strip, shrunk to the
     * figure's aspect ratio.
     */
    public Rectangle2D cellOf(int index, Rectangle2D area) {
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows();
        double label = labelHeight() * scale(area);
        Dimension natural = figures.get(index).naturalSize();
        double scale = Math.min(w / natural.width, (h - label) / natural.height);
        double fw = natural.width * scale;
        double fh = natural.height * scale;
        double x = area.getX() + (index % columns) * w + (w - fw) / 2;
        double y = area.getY() + (index / columns) * h + label;
        return new Rectangle2D.Double(x, y, fw, fh);
    }

    /** How much the whole is scaled from its natural size: labels scale with the figures. */
    private double scale(Rectangle2D area) {
        Dimension natural = naturalSize();
        return Math.min(area.getWidth() / natural.width, area.getHeight() / natural.height);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        for (int i = 0; i < figures.size(); i++) {
            Rectangle2D cell = cellOf(i, area);
            if (!labels.isEmpty()) {
                Graphics2D label = (Graphics2D) g.create();
                try {
                    double scale = scale(area);
                    label.translate(cell.getX(), cell.getY() - LABEL_HEIGHT * scale);
                    label.scale(scale, scale);
                    label.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    label.setFont(Type.HEADING);
                    label.setColor(Palette.INK);
                    label.drawString(labels.get(i), 12f, LABEL_HEIGHT - 8f);
                } finally {
                    label.dispose();
                }
            }
            figures.get(i).draw(g, cell);
        }
    }
}
