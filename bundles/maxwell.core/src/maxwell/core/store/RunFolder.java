package maxwell.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import maxwell.model.Experiment;
import maxwell.model.RunRecord;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/**
 * One run on disk, the single source of truth about it:
 * <pre>
 * experiment.maxwell   the exact experiment the run trains (a copy, never the user's file)
 * run.record           status, times, host, versions, seed, dataset fingerprint
 * metrics.csv          append-only metric series
 * snapshots/           latent codes of the probe set at each evaluation point
 * checkpoints/         what a resume starts from
 * </pre>
 */
public final class RunFolder {

    static final String EXPERIMENT = "experiment.maxwell";
    static final String RECORD = "run.record";
    static final String METRICS = "metrics.csv";
    static final String SNAPSHOTS = "snapshots";
    static final String CHECKPOINTS = "checkpoints";

    private final Path folder;

    RunFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public String runId() {
        return folder.getFileName().toString();
    }

    public Experiment experiment() throws ExperimentFileException {
        return ExperimentFiles.load(folder.resolve(EXPERIMENT));
    }

    public RunRecord record() throws IOException {
        return RunRecordFiles.read(folder.resolve(RECORD));
    }

    public void saveRecord(RunRecord record) throws IOException {
        RunRecordFiles.write(record, folder.resolve(RECORD));
    }

    public Path metricsFile() {
        return folder.resolve(METRICS);
    }

    public Path checkpoints() {
        return folder.resolve(CHECKPOINTS);
    }

    public Path writeSnapshot(LatentSnapshot snapshot) throws IOException {
        Path file = folder.resolve(SNAPSHOTS).resolve(String.format(Locale.ROOT, "step-%012d.snapshot", snapshot.step()));
        SnapshotFiles.write(snapshot, file);
        return file;
    }

    /** The snapshot files in step order. */
    public List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(SNAPSHOTS))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".snapshot"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    public LatentSnapshot latestSnapshot() throws IOException {
        List<Path> files = snapshots();
        return files.isEmpty() ? null : SnapshotFiles.read(files.get(files.size() - 1));
    }
}
