package maxwell.figures.plane;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.style.Charts;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;

/**
 * Information planes: the rate I(X;Z_p) (its Kolchinsky–Tracey bound interval as a horizontal bar,
 * the point at the interval's middle) against I(Z_p;C) and against I(Z_p;D), one trajectory per
 * partition and run, points filled by epoch. Several runs overlay: colour then tells runs apart
 * and the marker shape partitions.
 */
public final class InformationPlane implements Figure {

    private static final Shape[] SHAPES = { new Ellipse2D.Double(-6, -6, 12, 12), new Rectangle2D.Double(-5.5, -5.5, 11, 11),
            diamond() };

    private final List<RunFigureData> runs;
    private double lastEpoch;
    private final double upToEpoch;

    public InformationPlane(List<RunFigureData> runs) {
        this(runs, Double.POSITIVE_INFINITY);
    }

    /** The runs' paths up to {@code upToEpoch} only, to compare runs at the same point of their training. */
    public InformationPlane(List<RunFigureData> runs, double upToEpoch) {
        this.upToEpoch = upToEpoch;
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an information plane needs at least one run");
        }
        this.runs = List.copyOf(runs);
        for (RunFigureData run : runs) {
            lastEpoch = Math.max(lastEpoch, run.epochOf(run.points() - 1));
        }
    }

    @Override
    public String name() {
        return "information-plane";
    }

    @Override
    public String caption() {
        return "Information planes: rate I(X;Z_p) against semantic bits I(Z_p;C) and domain bits I(Z_p;D); "
                + "bars are the rate's bound interval, fill colour the epoch.";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(1100, 520);
    }

    /** Whether any run has rate bounds to plot. */
    public boolean hasRates() {
        for (RunFigureData run : runs) {
            for (String partition : run.partitions()) {
                if (run.table().columns().contains(Columns.rateLower(partition))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        JFreeChart semantic = chart("semantic information", true, false);
        JFreeChart domain = chart("domain information", false, true);
        Charts.grid(g, area, 2, semantic, domain);
    }

    private JFreeChart chart(String title, boolean semantic, boolean withScale) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        List<double[]> epochFractions = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunFigureData run = runs.get(r);
            List<String> partitions = run.partitions();
            for (int p = 0; p < partitions.size(); p++) {
                String partition = partitions.get(p);
                if (!run.table().columns().contains(Columns.rateLower(partition))) {
                    continue;
                }
                String key = runs.size() == 1 ? "Z_" + partition : "Z_" + partition + " · " + run.runId();
                XYIntervalSeries series = new XYIntervalSeries(key, false, true);
                List<Double> fractions = new ArrayList<>();
                int lastShown = run.pointAtEpoch(upToEpoch);
                for (int t = 0; t <= lastShown; t++) {
                    FlowRow row = run.table().row(t);
                    double low = row.value(Columns.rateLower(partition));
                    double high = row.value(Columns.rateUpper(partition));
                    String yColumn = semantic ? Columns.contentInformation(partition) : Columns.domainInformation(partition);
                    double y = row.value(yColumn);
                    if (Double.isNaN(low) || Double.isNaN(y)) {
                        continue;
                    }
                    series.add((low + high) / 2, low, high, y, y, y);
                    fractions.add(lastEpoch > 0 ? run.epochOf(t) / lastEpoch : 1);
                }
                dataset.addSeries(series);
                epochFractions.add(fractions.stream().mapToDouble(Double::doubleValue).toArray());
                colours.add(runs.size() == 1 ? partitionColour(partition, run) : Palette.category(r));
                shapes.add(SHAPES[p % SHAPES.length]);
            }
        }
        XYErrorRenderer renderer = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemFillPaint(int series, int item) {
                double[] f = epochFractions.get(series);
                return Palette.ordered(item < f.length ? f[item] : 1);
            }
        };
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setErrorPaint(Palette.translucent(Palette.MUTED, 160));
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setCapLength(6);
        renderer.setDefaultLinesVisible(true);
        renderer.setUseFillPaint(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesOutlinePaint(i, colours.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesOutlineStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, shapes.get(i));
        }
        NumberAxis x = Charts.axis("rate I(X;Z_p), bits");
        NumberAxis y = Charts.axis(semantic ? "I(Z_p;C), bits" : "I(Z_p;D), bits");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        if (dataset.getSeriesCount() == 0) {
            plot.setNoDataMessage("I(X;Z_p) was not estimated for this run");
            plot.setNoDataMessageFont(Type.BODY);
        }
        JFreeChart chart = Charts.chart(title + " against rate", plot, true);
        if (withScale) {
            NumberAxis epochAxis = Charts.axis("epoch");
            epochAxis.setRange(0, Math.max(lastEpoch, 1e-9));
            PaintScaleLegend legend = new PaintScaleLegend(new EpochScale(lastEpoch), epochAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setStripWidth(14);
            legend.setMargin(4, 8, 40, 4);
            legend.setBackgroundPaint(Palette.PAPER);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    private static Color partitionColour(String partition, RunFigureData run) {
        return partition.equals(run.contentPartition()) ? Palette.SEMANTIC
                : partition.equals(run.stylePartition()) ? Palette.DOMAIN : Palette.category(2);
    }

    private static Shape diamond() {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -7);
        d.lineTo(7, 0);
        d.lineTo(0, 7);
        d.lineTo(-7, 0);
        d.closePath();
        return d;
    }

    /** Epoch to the ordered palette, for the colour bar. */
    private record EpochScale(double last) implements PaintScale {

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return Math.max(last, 1e-9);
        }

        @Override
        public Paint getPaint(double value) {
            return Palette.ordered(last > 0 ? value / last : 1);
        }
    }
}
