package maxwell.figures.map;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import maxwell.core.analysis.SnapshotAdapter;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.style.Charts;
import maxwell.figures.style.Palette;

/**
 * Per partition a 2-D PCA projection of the probe codes at one evaluation point, coloured by
 * domain or by content class. The projection and the axis ranges are fitted once per run (on its
 * last snapshot), so frames of different epochs are comparable.
 */
public final class PartitionMap implements Figure {

    /** What the points' colour tells apart. */
    public enum ColourBy {
        DOMAIN, CONTENT
    }

    private final RunFigureData data;
    private final int index;
    private final ColourBy colourBy;
    private final LatentSnapshot snapshot;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final Map<String, double[]> ranges = new LinkedHashMap<>();

    public PartitionMap(RunFigureData data, int index, ColourBy colourBy) throws IOException {
        this.data = data;
        this.index = index < 0 ? data.points() + index : index;
        this.colourBy = colourBy;
        this.snapshot = data.snapshot(this.index);
        LatentSnapshot last = data.snapshot(data.points() - 1);
        for (PartitionCodes p : last.partitions()) {
            double[][] rows = p.rows();
            Projection projection = Projection.fit(rows);
            projections.put(p.name(), projection);
            double[][] xy = projection.apply(rows);
            double[] range = { Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE };
            for (double[] point : xy) {
                range[0] = Math.min(range[0], point[0]);
                range[1] = Math.max(range[1], point[0]);
                range[2] = Math.min(range[2], point[1]);
                range[3] = Math.max(range[3], point[1]);
            }
            ranges.put(p.name(), range);
        }
    }

    @Override
    public String name() {
        return "partition-map-" + colourBy.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String caption() {
        return "Probe codes of each partition at " + SnapshotAdapter.pointLabel(snapshot) + ", PCA fitted on the last "
                + "snapshot, coloured by " + (colourBy == ColourBy.DOMAIN ? "domain" : "content class") + ".";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(1100, 540);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Charts.paper(g, area);
        List<JFreeChart> charts = new ArrayList<>();
        for (PartitionCodes p : snapshot.partitions()) {
            charts.add(chart(p));
        }
        Charts.grid(g, area, charts.size(), charts.toArray(JFreeChart[]::new));
    }

    private JFreeChart chart(PartitionCodes partition) {
        double[][] xy = projections.get(partition.name()).apply(partition.rows());
        int[] labels = colourBy == ColourBy.DOMAIN ? snapshot.domainLabels() : snapshot.contentLabels();
        Map<Integer, XYSeries> byLabel = new TreeMap<>();
        for (int i = 0; i < xy.length; i++) {
            int label = labels[i];
            byLabel.computeIfAbsent(label, l -> new XYSeries(name(l), false, true)).add(xy[i][0], xy[i][1]);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        for (Map.Entry<Integer, XYSeries> e : byLabel.entrySet()) {
            dataset.addSeries(e.getValue());
            renderer.setSeriesPaint(s, Palette.translucent(Palette.category(Math.max(0, e.getKey())), 170));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
            s++;
        }
        NumberAxis x = Charts.axis("principal component 1 (code units)");
        NumberAxis y = Charts.axis("principal component 2 (code units)");
        double[] range = ranges.get(partition.name());
        double padX = Math.max(1e-6, (range[1] - range[0]) * 0.08);
        double padY = Math.max(1e-6, (range[3] - range[2]) * 0.08);
        x.setRange(range[0] - padX, range[1] + padX);
        y.setRange(range[2] - padY, range[3] + padY);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        String colour = colourBy == ColourBy.DOMAIN ? "by domain" : "by content class";
        return Charts.chart("Z_" + partition.name() + " (" + partition.dimension() + " dims), " + colour + ", epoch "
                + SnapshotAdapter.epochText(snapshot.epoch()), plot, true);
    }

    private String name(int label) {
        if (label < 0) {
            return "no label";
        }
        return colourBy == ColourBy.DOMAIN ? data.domainName(label) : data.contentName(label);
    }
}
