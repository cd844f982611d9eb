package maxwell.figures.curves;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import maxwell.core.run.DemonMetrics;
import maxwell.core.store.MetricPoint;
import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.style.Charts;
import maxwell.figures.style.LabelSpread;
import maxwell.figures.style.Palette;

/**
 * Training curves against epochs: the reconstruction loss, the demon's accuracy (training batches,
 * smoothed, and on the probe set) and cross-entropy, λ, and throughput; and each further term
 * (cross reconstruction, KL, domain MMD, pairing) and the learning rate's decay, where some run of
 * the figure trained with them. One
 * colour per run group; a group of seeds is its mean with a min–max band.
 */
public final class TrainingCurves implements Figure {

    private static final double LN2 = Math.log(2);

    /**
     * One panel: a metric, its axis label and a unit conversion. An optional panel shows a term only
     * some experiments train with; it is drawn when some run logged a non-zero value of it (a term
     * whose weight is 0 is logged as zeros, or not at all), and only such runs' groups get a curve.
     */
    private record Panel(String title, String metric, String axis, double factor, boolean optional) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel("reconstruction loss", "reconstruction_loss", "squared error per image", 1, false),
            new Panel("cross reconstruction loss", "cross_reconstruction_loss", "squared error per image", 1, true),
            new Panel("KL divergence", "kl_loss", "KL, nats per image", 1, true),
            new Panel("demon's accuracy on training batches", "adversary_accuracy", "accuracy", 1, false),
            new Panel("demon's cross-entropy", "adversary_ce", "CE, bits", 1 / LN2, false),
            new Panel("adversary weight λ", "lambda", "λ", 1, false),
            new Panel("learning rate", "learning_rate", "learning rate", 1, true),
            new Panel("domain MMD² of the watched partition", "domain_mmd", "MMD² (before its weight)", 1, true),
            new Panel("pairing term (spread within items)", "pairing", "within-item share W/T", 1, true),
            new Panel("throughput", "samples_per_second", "samples / s", 1, false));

    private final List<RunGroup> groups;
    private final List<Panel> panels;

    public TrainingCurves(List<RunGroup> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("training curves need at least one run");
        }
        this.groups = List.copyOf(groups);
        this.panels = PANELS.stream().filter(p -> this.groups.stream().anyMatch(g -> uses(g, p))).toList();
    }

    /** The titles of the panels drawn, in order. */
    public List<String> panelTitles() {
        return panels.stream().map(Panel::title).toList();
    }

    private static boolean uses(RunGroup group, Panel panel) {
        return !panel.optional() || group.runs().stream()
                .anyMatch(run -> run.metric(panel.metric()).stream().anyMatch(p -> p.value() != 0));
    }

    /** Up to six panels in three columns; nine in three rows of three; seven, eight or ten in four columns. */
    private int columns() {
        return panels.size() <= 6 || panels.size() == 9 ? 3 : 4;
    }

    private int rows() {
        return (panels.size() + columns() - 1) / columns();
    }

    @Override
    public String name() {
        return "training-curves";
    }

    @Override
    public String caption() {
        return "Training curves per epoch" + (groups.stream().anyMatch(g -> g.runs().size() > 1)
                ? "; repeated seeds as mean with a min–max band" : "")
                + (eachDemonDrawn().isEmpty() ? "" : "; dots: the ensemble's vote on the probe set, thin lines: each demon's") + ".";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(400 * columns(), 350 * rows());
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        JFreeChart[] charts = new JFreeChart[panels.size()];
        for (int i = 0; i < charts.length; i++) {
            charts[i] = chart(panels.get(i), i == 0);
        }
        Charts.grid(g, area, columns(), charts);
    }

    private JFreeChart chart(Panel panel, boolean legend) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int k = 0; k < groups.size(); k++) {
            RunGroup group = groups.get(k);
            if (!uses(group, panel)) {
                continue;
            }
            int index = dataset.getSeriesCount();
            YIntervalSeries series = new YIntervalSeries(group.label());
            for (GroupSeries.Point point : GroupSeries.of(group, panel.metric(), panel.factor())) {
                series.add(point.epoch(), point.mean(), point.min(), point.max());
            }
            dataset.addSeries(series);
            Color colour = groups.size() == 1 ? Palette.INK : Palette.category(k);
            renderer.setSeriesPaint(index, colour);
            renderer.setSeriesFillPaint(index, Palette.translucent(colour, 60));
            renderer.setSeriesStroke(index, new BasicStroke(2f));
        }
        renderer.setAlpha(0.3f);
        NumberAxis x = Charts.axis("epoch");
        NumberAxis y = Charts.axis(panel.axis());
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        if (panel.metric().equals("learning_rate") || panel.metric().equals("samples_per_second")) {
            y.setAutoRangeIncludesZero(true); // a steady rate would get an axis of its last digits
        }
        if (panel.metric().equals("adversary_accuracy")) {
            y.setAutoRangeIncludesZero(true); // accuracy from 0, so the chance line is always in view
            probeAccuracy(plot);
        }
        if (dataset.getSeriesCount() == 0 || dataset.getItemCount(0) == 0) {
            plot.setNoDataMessage("not logged yet");
        }
        return Charts.chart(panel.title(), plot, legend && groups.size() > 1);
    }

    /**
     * Chance for the demon, 1 / domains, once per distinct domain count among the runs (fewest domains
     * first): runs on data with different numbers of domains each get their line.
     */
    public List<Double> chanceLevels() {
        return groups.stream().flatMap(g -> g.runs().stream()).mapToInt(RunFigureData::domainCount).filter(n -> n > 0)
                .distinct().sorted().mapToObj(n -> 1.0 / n).toList();
    }

    /**
     * The demons of an ensemble drawn one by one (thin lines, labelled at their last point): only when
     * the curves show a single run, as a comparison would be lost among them. Empty for one demon.
     */
    public List<String> eachDemonDrawn() {
        return demonMetrics().stream().map(TrainingCurves::demonLabel).toList();
    }

    private List<String> demonMetrics() {
        List<RunFigureData> runs = groups.stream().flatMap(g -> g.runs().stream()).toList();
        if (runs.size() != 1) {
            return List.of();
        }
        return runs.get(0).metricNames().stream().filter(name -> DemonMetrics.demonOf(name).isPresent())
                .sorted(java.util.Comparator.comparingInt(name -> DemonMetrics.demonOf(name).getAsInt())).toList();
    }

    private static String demonLabel(String metric) {
        return "demon " + (DemonMetrics.demonOf(metric).getAsInt() + 1);
    }

    private void eachDemon(XYPlot plot) {
        List<String> metrics = demonMetrics();
        if (metrics.isEmpty()) {
            return;
        }
        RunFigureData run = groups.stream().flatMap(g -> g.runs().stream()).findFirst().orElseThrow();
        XYSeriesCollection demons = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (String metric : metrics) {
            int index = demons.getSeriesCount();
            XYSeries series = new XYSeries(demonLabel(metric), false, true);
            for (MetricPoint p : run.metric(metric)) {
                series.add(p.epoch(), p.value());
            }
            demons.addSeries(series);
            lines.setSeriesPaint(index, Palette.translucent(Palette.DOMAIN, 110));
            lines.setSeriesStroke(index, new BasicStroke(1f));
        }
        plot.setDataset(2, demons);
        plot.setRenderer(2, lines);
        labelLastPoints(plot, demons, highestAccuracy(run, metrics));
    }

    /**
     * Each demon's name at the end of its line. Demons that end close together would print their names
     * on top of each other, so the names are spread to at least a line of text apart (the axis runs from
     * 0 to about the highest accuracy drawn).
     */
    private static void labelLastPoints(XYPlot plot, XYSeriesCollection demons, double highest) {
        List<XYSeries> ending = new java.util.ArrayList<>();
        for (int i = 0; i < demons.getSeriesCount(); i++) {
            if (demons.getSeries(i).getItemCount() > 0) {
                ending.add(demons.getSeries(i));
            }
        }
        double[] positions = LabelSpread.downwards(ending.stream().mapToDouble(TrainingCurves::lastY).toArray(), 0.08 * highest);
        for (int i = 0; i < ending.size(); i++) {
            XYTextAnnotation name = new XYTextAnnotation((String) ending.get(i).getKey(), ending.get(i).getMaxX(), positions[i]);
            name.setFont(maxwell.figures.style.Type.SMALL);
            name.setPaint(Palette.MUTED);
            // on a light ground: the names sit where the training accuracy's line runs
            name.setBackgroundPaint(Palette.translucent(java.awt.Color.WHITE, 200));
            name.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
            plot.addAnnotation(name);
        }
    }

    private static double lastY(XYSeries series) {
        return series.getY(series.getItemCount() - 1).doubleValue();
    }

    private static double highestAccuracy(RunFigureData run, List<String> demonMetrics) {
        double highest = 0;
        for (String metric : java.util.stream.Stream.concat(java.util.stream.Stream.of("adversary_accuracy", DemonMetrics.PROBE_ACCURACY),
                demonMetrics.stream()).toList()) {
            for (MetricPoint p : run.metric(metric)) {
                highest = Math.max(highest, p.value());
            }
        }
        return highest > 0 ? highest : 1;
    }

    /** The demon's accuracy on the probe set (markers), each demon of an ensemble, and chance (dashed lines). */
    private void probeAccuracy(XYPlot plot) {
        eachDemon(plot);
        XYSeriesCollection probes = new XYSeriesCollection();
        XYLineAndShapeRenderer markers = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < groups.size(); k++) {
            for (RunFigureData run : groups.get(k).runs()) {
                int index = probes.getSeriesCount();
                // runs of different stores may share an id; the series key must not
                XYSeries series = new XYSeries("probe set · " + run.runId() + " · " + index, false, true);
                for (MetricPoint p : run.metric(DemonMetrics.PROBE_ACCURACY)) {
                    series.add(p.epoch(), p.value());
                }
                probes.addSeries(series);
                Color colour = groups.size() == 1 ? Palette.DOMAIN : Palette.category(k);
                markers.setSeriesPaint(index, colour);
                markers.setSeriesShape(index, new Ellipse2D.Double(-4, -4, 8, 8));
                markers.setSeriesStroke(index, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] { 4f, 3f }, 0f));
            }
        }
        plot.setDataset(1, probes);
        plot.setRenderer(1, markers);
        List<Double> levels = chanceLevels();
        for (double chance : levels) {
            ValueMarker marker = new ValueMarker(chance, Palette.MUTED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            marker.setLabel(levels.size() == 1 ? "chance" : String.format(java.util.Locale.ROOT, "chance, %d domains",
                    Math.round(1 / chance)));
            marker.setLabelFont(maxwell.figures.style.Type.SMALL);
            // under the line at the left: the accuracy starts high and ends near chance, on the right
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.LEFT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 6, 4, 4));
            plot.addRangeMarker(marker);
        }
    }
}
