package maxwell.figures.compose;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import maxwell.figures.Figure;
import maxwell.figures.style.Charts;

/**
 * Figures of several runs in one grid, each at its own aspect ratio, so they can be read against
 * each other and exported as one picture. Columns: all in one row up to three, then as square a
 * grid as the count allows.
 */
public final class SideBySide implements Figure {

    private final String name;
    private final String caption;
    private final List<Figure> figures;
    private final int columns;

    public SideBySide(String name, String caption, List<? extends Figure> figures) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("nothing to show side by side");
        }
        this.name = name;
        this.caption = caption;
        this.figures = List.copyOf(figures);
        int n = figures.size();
        this.columns = n <= 3 ? n : (int) Math.ceil(Math.sqrt(n));
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
        return new Dimension(width, height);
    }

    /** Where figure {@code index} is drawn inside {@code area}: its cell, shrunk to the figure's aspect ratio. */
    public Rectangle2D cellOf(int index, Rectangle2D area) {
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows();
        Dimension natural = figures.get(index).naturalSize();
        double scale = Math.min(w / natural.width, h / natural.height);
        double fw = natural.width * scale;
        double fh = natural.height * scale;
        double x = area.getX() + (index % columns) * w + (w - fw) / 2;
        double y = area.getY() + (index / columns) * h + (h - fh) / 2;
        return new Rectangle2D.Double(x, y, fw, fh);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        for (int i = 0; i < figures.size(); i++) {
            figures.get(i).draw(g, cellOf(i, area));
        }
    }
}
