package maxwell.figures.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import maxwell.core.analysis.AnalysisSettings;
import maxwell.core.analysis.RunAnalysis;
import maxwell.core.provider.RunDataProvider;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.RunFolder;
import maxwell.core.store.SnapshotFiles;
import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.spec.Datasets;
import maxwell.info.flow.FlowSettings;
import maxwell.info.flow.FlowTable;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;

/**
 * Everything the figures of one run read, taken from the run store: the metrics (through the run's
 * data provider), the demon table (computed or read from its cache), the snapshots on demand, and
 * the names of domains and content classes.
 */
public final class RunFigureData {

    private final RunDataProvider provider;
    private final Experiment experiment;
    private final FlowTable table;
    private final List<String> domains;
    private final List<String> contentClasses;
    private final String contentPartition;
    private final String stylePartition;
    private final double[] epochs;

    private RunFigureData(RunDataProvider provider, Experiment experiment, FlowTable table, List<String> domains,
            List<String> contentClasses, double[] epochs) {
        this.epochs = epochs;
        this.provider = provider;
        this.experiment = experiment;
        this.table = table;
        this.domains = domains;
        this.contentClasses = contentClasses;
        this.contentPartition = table.metadata().getOrDefault("content partition", "content");
        this.stylePartition = table.metadata().getOrDefault("style partition", "style");
    }

    /**
     * @throws IOException when the run cannot be read or has no snapshot to analyse
     */
    public static RunFigureData load(RunFolder run, RunAnalysis.Progress progress) throws IOException {
        RunDataProvider provider = new RunDataProvider(run);
        Experiment experiment = experimentOf(run);
        FlowSettings settings = AnalysisSettings.of(experiment);
        FlowTable table = RunAnalysis.flowTable(run, settings, progress);
        // Listed after the table, so that a snapshot written by a training run in between is in both
        // lists or only in this one: every row of the table then has its file (stepOf, snapshot).
        provider.refresh();
        List<String> domains = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        try {
            Dataset dataset = Datasets.open(experiment, run.folder().resolve("experiment.maxwell"));
            domains.addAll(dataset.domains());
            classes.addAll(dataset.contentClasses());
        } catch (DataException | RuntimeException e) {
            // the data may be gone (another machine's run): the figures then name labels by number
            experiment.getData().getDomains().forEach(domain -> domains.add(domain.getName()));
        }
        double[] epochs = new double[table.rows().size()];
        List<Path> files = provider.snapshotFiles();
        for (int i = 0; i < epochs.length && i < files.size(); i++) {
            epochs[i] = SnapshotFiles.read(files.get(i)).epoch();
        }
        return new RunFigureData(provider, experiment, table, domains, classes, epochs);
    }

    /**
     * The run's metrics without its demon table: what the training curves read. It costs a read of
     * the metrics file, where the table can take minutes of analysis for a long run, and it needs no
     * snapshot, so the curves can be drawn from the first logged step on. Domains are named as the
     * experiment names them; the table, the snapshots' epochs and the content classes are empty.
     */
    public static RunFigureData metricsOnly(RunFolder run) throws IOException {
        RunDataProvider provider = new RunDataProvider(run);
        Experiment experiment = experimentOf(run);
        provider.refresh();
        List<String> domains = new ArrayList<>();
        experiment.getData().getDomains().forEach(domain -> domains.add(domain.getName()));
        FlowTable noTable = new FlowTable(List.of(), List.of(), java.util.Map.of());
        return new RunFigureData(provider, experiment, noTable, domains, List.of(), new double[0]);
    }

    private static Experiment experimentOf(RunFolder run) throws IOException {
        try {
            return run.experiment();
        } catch (ExperimentFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public String runId() {
        return provider.runId();
    }

    public RunFolder run() {
        return provider.run();
    }

    public RunDataProvider provider() {
        return provider;
    }

    public Experiment experiment() {
        return experiment;
    }

    public FlowTable table() {
        return table;
    }

    public List<MetricPoint> metric(String name) {
        return provider.metric(name);
    }

    public List<String> metricNames() {
        return provider.metrics().stream().map(MetricPoint::metric).distinct().toList();
    }

    public String contentPartition() {
        return contentPartition;
    }

    public String stylePartition() {
        return stylePartition;
    }

    /** Partition names in model order, as the table's columns name them. */
    public List<String> partitions() {
        List<String> names = new ArrayList<>();
        for (String column : table.columns()) {
            if (column.startsWith("I(Z_") && column.endsWith(";D)") && !column.startsWith("dI")) {
                names.add(column.substring(4, column.length() - 3));
            }
        }
        return names;
    }

    public String domainName(int label) {
        return label >= 0 && label < domains.size() ? domains.get(label) : "domain " + label;
    }

    public String contentName(int label) {
        return label >= 0 && label < contentClasses.size() ? contentClasses.get(label) : "class " + label;
    }

    public int domainCount() {
        return domains.size();
    }

    public List<Path> snapshotFiles() {
        return provider.snapshotFiles();
    }

    /** The snapshot of row {@code index} of the table (rows are in snapshot order). */
    public LatentSnapshot snapshot(int index) throws IOException {
        return provider.snapshot(provider.snapshotFiles().get(index));
    }

    public LatentSnapshot readSnapshot(Path file) throws IOException {
        return SnapshotFiles.read(file);
    }

    /** Mean of a metric over the points with step in (fromStep, toStep]; NaN if there are none. */
    public double meanOf(String metric, long fromStep, long toStep) {
        double sum = 0;
        int n = 0;
        for (MetricPoint point : metric(metric)) {
            if (point.step() > fromStep && point.step() <= toStep && Double.isFinite(point.value())) {
                sum += point.value();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The value of a metric at exactly this step, or NaN. */
    public double valueAt(String metric, long step) {
        for (MetricPoint point : metric(metric)) {
            if (point.step() == step) {
                return point.value();
            }
        }
        return Double.NaN;
    }

    /** Training progress in epochs at table row {@code index}. */
    public double epochOf(int index) {
        return epochs[index];
    }

    /**
     * The evaluation point to show for {@code epoch} when runs are compared at the same time: the last
     * point at or before it, or the first point if the run has none that early.
     */
    public int pointAtEpoch(double epoch) {
        int index = 0;
        for (int i = 0; i < points(); i++) {
            if (epochOf(i) <= epoch + EPOCH_TOLERANCE) {
                index = i;
            }
        }
        return index;
    }

    /** Epochs are fractions of steps per epoch; equal epochs may differ in the last bits. */
    private static final double EPOCH_TOLERANCE = 1e-9;

    public int points() {
        return table.rows().size();
    }

    /** Step of table row {@code index}, parsed from its snapshot's file name. */
    public long stepOf(int index) {
        String name = provider.snapshotFiles().get(index).getFileName().toString();
        return Long.parseLong(name.substring("step-".length(), name.indexOf('.')));
    }
}
