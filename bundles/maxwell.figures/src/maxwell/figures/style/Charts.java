package maxwell.figures.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The look every JFreeChart in Maxwell shares: white paper, light grid, readable fonts. */
public final class Charts {

    private Charts() {
    }

    public static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(Type.BODY);
        axis.setTickLabelFont(Type.SMALL);
        axis.setLabelPaint(Palette.INK);
        axis.setTickLabelPaint(Palette.INK);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    public static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Palette.PAPER);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Palette.MUTED);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        JFreeChart chart = new JFreeChart(title, Type.HEADING, plot, legend);
        chart.setBackgroundPaint(Palette.PAPER);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(Palette.INK);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(Type.SMALL);
            l.setBackgroundPaint(Palette.PAPER);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** Draws charts in a grid of equal cells, row by row. */
    public static void grid(Graphics2D g, Rectangle2D area, int columns, JFreeChart... charts) {
        int rows = (charts.length + columns - 1) / columns;
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows;
        for (int i = 0; i < charts.length; i++) {
            if (charts[i] != null) {
                charts[i].draw(g, new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h, w, h));
            }
        }
    }

    public static void paper(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
    }
}
