package maxwell.core.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.RunFolder;
import maxwell.core.store.SnapshotFiles;
import maxwell.info.flow.DemonAnalysis;
import maxwell.info.flow.FlowRow;
import maxwell.info.flow.FlowSettings;
import maxwell.info.flow.FlowTable;
import maxwell.info.flow.Snapshot;
import maxwell.info.significance.Seeds;

/**
 * The demon table of a run, computed from its snapshots and cached in the run folder
 * ({@code analysis/flow-table.csv}). Each row is computed from its own snapshot and the one before
 * it, with seeds derived from the row's position, so a row never changes when later snapshots
 * arrive: a refresh computes only the rows of new snapshots and rewrites the file atomically.
 */
public final class RunAnalysis {

    public static final String FOLDER = "analysis";
    public static final String TABLE = "flow-table.csv";
    static final String SNAPSHOTS_KEY = "snapshot files";
    static final String SETTINGS_KEY = "analysis settings";

    /** Told before each row is computed, so a terminal can show progress. */
    @FunctionalInterface
    public interface Progress {
        void computing(int row, int rows);

        Progress NONE = (row, rows) -> {
        };
    }

    private RunAnalysis() {
    }

    public static Path tableFile(RunFolder run) {
        return run.folder().resolve(FOLDER).resolve(TABLE);
    }

    /** The table with the run's own analysis settings (its experiment's analysis section). */
    public static FlowTable flowTable(RunFolder run, Progress progress) throws IOException {
        try {
            return flowTable(run, AnalysisSettings.of(run.experiment()), progress);
        } catch (maxwell.model.io.ExperimentFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @throws IOException also when the run has no snapshot yet (nothing to analyse)
     */
    public static FlowTable flowTable(RunFolder run, FlowSettings settings, Progress progress) throws IOException {
        List<Path> files = run.snapshots();
        if (files.isEmpty()) {
            throw new IOException("run " + run.runId() + " has no latent snapshots yet: nothing to analyse"
                    + " (snapshots are written at each evaluation point of training)");
        }
        List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
        String settingsText = describe(settings);
        Path cacheFile = tableFile(run);
        List<FlowRow> rows = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (Files.isRegularFile(cacheFile)) {
            try {
                FlowTable cached = FlowTableFile.read(cacheFile);
                List<String> cachedNames = splitNames(cached.metadata().get(SNAPSHOTS_KEY));
                if (settingsText.equals(cached.metadata().get(SETTINGS_KEY)) && cachedNames.size() <= names.size()
                        && names.subList(0, cachedNames.size()).equals(cachedNames)
                        && cached.rows().size() == cachedNames.size()) {
                    if (cachedNames.size() == names.size()) {
                        return cached;
                    }
                    rows.addAll(cached.rows());
                    metadata.putAll(cached.metadata());
                }
            } catch (IOException e) {
                // a damaged cache is recomputed, never trusted
            }
        }
        LatentSnapshot previous = rows.isEmpty() ? null : SnapshotFiles.read(files.get(rows.size() - 1));
        for (int t = rows.size(); t < files.size(); t++) {
            progress.computing(t, files.size());
            LatentSnapshot now = SnapshotFiles.read(files.get(t));
            FlowTable pair = analysePair(previous, now, t, settings);
            FlowRow row = pair.rows().get(pair.rows().size() - 1);
            rows.add(new FlowRow(t, row.point(), row.values(), row.estimates()));
            metadata.putAll(pair.metadata());
            previous = now;
        }
        metadata.put("points", Integer.toString(rows.size()));
        metadata.put(SETTINGS_KEY, settingsText);
        metadata.put(SNAPSHOTS_KEY, String.join(" ", names));
        FlowTable table = new FlowTable(columnsOf(rows), rows, metadata);
        FlowTableFile.write(table, cacheFile);
        return FlowTableFile.read(cacheFile);
    }

    private static FlowTable analysePair(LatentSnapshot previous, LatentSnapshot now, int t, FlowSettings settings) {
        FlowSettings seeded = new FlowSettings(settings.k(),
                settings.significance().withSeed(Seeds.derive(settings.significance().seed(), "point " + t)),
                settings.contentPartition(), settings.stylePartition(), settings.noiseVariance(),
                settings.transferEntropy());
        List<Snapshot> snapshots = new ArrayList<>();
        if (previous != null) {
            snapshots.add(SnapshotAdapter.toInfo(previous));
        }
        snapshots.add(SnapshotAdapter.toInfo(now));
        return DemonAnalysis.analyse(snapshots, seeded);
    }

    private static List<String> columnsOf(List<FlowRow> rows) {
        List<String> columns = new ArrayList<>();
        for (FlowRow row : rows) {
            for (String column : row.values().keySet()) {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    private static List<String> splitNames(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" "));
    }

    private static String describe(FlowSettings s) {
        return "k=" + s.k() + " surrogates=" + s.significance().surrogates() + " resamples="
                + s.significance().bootstrapResamples() + " seed=" + s.significance().seed() + " content="
                + s.contentPartition() + " style=" + s.stylePartition() + " noise=" + s.noiseVariance() + " te="
                + s.transferEntropy() + " v1";
    }
}
