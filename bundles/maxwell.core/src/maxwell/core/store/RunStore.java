package maxwell.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/** The runs under one folder (a workspace's {@code runs/}): create, list, open, delete. */
public final class RunStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Clock clock;

    public RunStore(Path root) {
        this(root, Clock.systemDefaultZone());
    }

    RunStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /**
     * Makes the folder of a new run with its copy of the experiment and a CREATED record. The run
     * id is the experiment's name and the creation time; runs created in the same second get a suffix.
     */
    public RunFolder create(Experiment experiment, String datasetFingerprint) throws IOException, ExperimentFileException {
        Files.createDirectories(root);
        String base = safeName(experiment.getName()) + "-" + LocalDateTime.now(clock).format(STAMP);
        Path folder = null;
        for (int attempt = 0; folder == null; attempt++) {
            Path candidate = root.resolve(attempt == 0 ? base : base + "-" + (attempt + 1));
            try {
                folder = Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // another run claimed this name first (several runs may start at once)
            }
        }
        Files.createDirectories(folder.resolve(RunFolder.SNAPSHOTS));
        Files.createDirectories(folder.resolve(RunFolder.CHECKPOINTS));
        ExperimentFiles.save(experiment, folder.resolve(RunFolder.EXPERIMENT));
        RunFolder run = new RunFolder(folder);
        run.saveRecord(newRecord(run.runId(), experiment, datasetFingerprint));
        return run;
    }

    public RunFolder open(String runId) throws IOException {
        Path folder = root.resolve(runId).normalize();
        if (!folder.getParent().equals(root.normalize()) || !Files.isRegularFile(folder.resolve(RunFolder.RECORD))) {
            throw new StoreFormatException(folder, "no run '" + runId + "' in " + root);
        }
        return new RunFolder(folder);
    }

    /** Every run under the root, oldest first; a folder whose record cannot be read is listed with the reason. */
    public List<RunSummary> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RunSummary> runs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.exists(folder.resolve(RunFolder.RECORD))) {
                    continue;
                }
                RunFolder run = new RunFolder(folder);
                try {
                    RunRecord record = run.record();
                    runs.add(new RunSummary(run, record, effectiveStatus(record), null));
                } catch (IOException e) {
                    runs.add(new RunSummary(run, null, null, e.getMessage()));
                }
            }
        }
        runs.sort(Comparator.comparing(summary -> summary.run().runId()));
        return runs;
    }

    /** Deletes a run's folder; a run that is training in a live process is refused. */
    public void delete(String runId) throws IOException {
        RunFolder run = open(runId);
        RunRecord record = run.record();
        if (effectiveStatus(record) == RunStatus.RUNNING) {
            throw new IOException("run " + runId + " is training (process " + record.getProcessId() + "); cancel it first");
        }
        Files.walkFileTree(run.folder(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                if (error != null) {
                    throw error;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A record that says RUNNING while no process of this host with its id is alive belongs to a
     * run that was killed: it is interrupted, and can be resumed from its last checkpoint.
     */
    public static RunStatus effectiveStatus(RunRecord record) {
        if (record.getStatus() != RunStatus.RUNNING) {
            return record.getStatus();
        }
        if (!hostName().equals(record.getHost())) {
            return RunStatus.RUNNING; // cannot see another machine's processes; trust the record
        }
        return ProcessLiveness.isRunning(record.getProcessId()) ? RunStatus.RUNNING : RunStatus.INTERRUPTED;
    }

    /** This machine's name as run records store it. */
    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private RunRecord newRecord(String runId, Experiment experiment, String datasetFingerprint) {
        RunRecord record = ModelFactory.eINSTANCE.createRunRecord();
        record.setRunId(runId);
        record.setExperimentName(experiment.getName());
        record.setStatus(RunStatus.CREATED);
        record.setCreated(Date.from(clock.instant()));
        record.setSeed(experiment.getSeed());
        record.setDatasetFingerprint(datasetFingerprint);
        record.setHost(hostName());
        record.setProcessId(ProcessHandle.current().pid());
        record.setJavaVersion(System.getProperty("java.version"));
        return record;
    }

    private static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? "run" : safe;
    }

    /**
     * @param status the effective status (RUNNING of a dead process reads as INTERRUPTED); null if unreadable
     * @param problem why the record cannot be read, or null
     */
    public record RunSummary(RunFolder run, RunRecord record, RunStatus status, String problem) {
    }
}
