package maxwell.figures.curves;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import maxwell.figures.Figure;
import maxwell.figures.style.Charts;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;

/**
 * One metric of several runs against epochs, overlaid: a curve per run group (repeats that differ
 * only by seed as their mean with a min–max band). A pinned baseline is drawn black and thicker, so
 * every other run reads as better or worse than it; a marked epoch shows where the side-by-side
 * figures are taken.
 */
public final class MetricOverlay implements Figure {

    private final List<RunGroup> groups;
    private final String metric;
    private final int baseline;
    private final double markedEpoch;

    /**
     * @param baseline index of the pinned group in {@code groups}, or −1 for none
     * @param markedEpoch an epoch to mark with a vertical line, or NaN
     */
    public MetricOverlay(List<RunGroup> groups, String metric, int baseline, double markedEpoch) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("an overlay needs at least one run");
        }
        if (baseline < -1 || baseline >= groups.size()) {
            throw new IllegalArgumentException("no run group " + baseline + " to pin as baseline");
        }
        this.groups = List.copyOf(groups);
        this.metric = metric;
        this.baseline = baseline;
        this.markedEpoch = markedEpoch;
    }

    @Override
    public String name() {
        return "overlay-" + metric.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public String caption() {
        return metric + " of " + groups.size() + (groups.size() == 1 ? " run" : " runs") + " against epochs"
                + (groups.stream().anyMatch(g -> g.runs().size() > 1) ? "; repeated seeds as mean with a min–max band" : "")
                + (baseline >= 0 ? "; baseline " + groups.get(baseline).label() + " in black" : "") + ".";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(1000, 560);
    }

    /** The curve drawn for group {@code index}: what the figure plots, for tests and tables. */
    public List<GroupSeries.Point> curve(int index) {
        return GroupSeries.of(groups.get(index), metric, 1);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        for (int k = 0; k < groups.size(); k++) {
            RunGroup group = groups.get(k);
            YIntervalSeries series = new YIntervalSeries(group.label() + (k == baseline ? " (baseline)" : ""));
            for (GroupSeries.Point p : curve(k)) {
                series.add(p.epoch(), p.mean(), p.min(), p.max());
            }
            dataset.addSeries(series);
            Color colour = k == baseline ? Palette.INK : Palette.category(k);
            renderer.setSeriesPaint(k, colour);
            renderer.setSeriesFillPaint(k, Palette.translucent(colour, 60));
            renderer.setSeriesStroke(k, new BasicStroke(k == baseline ? 3.5f : 2f));
        }
        XYPlot plot = new XYPlot(dataset, Charts.axis("epoch"), Charts.axis(metric), renderer);
        if (metric.contains("accuracy")) {
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        if (Double.isFinite(markedEpoch)) {
            ValueMarker marker = new ValueMarker(markedEpoch, Palette.MUTED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            marker.setLabel("figures at epoch " + maxwell.core.analysis.SnapshotAdapter.epochText(markedEpoch));
            marker.setLabelFont(Type.SMALL);
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        if (dataset.getSeriesCount() == 0 || dataset.getItemCount(0) == 0) {
            plot.setNoDataMessage(metric + " was not logged");
        }
        JFreeChart chart = Charts.chart(metric, plot, true);
        chart.draw(g, area);
    }
}
