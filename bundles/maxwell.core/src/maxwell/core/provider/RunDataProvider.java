package maxwell.core.provider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.core.store.SnapshotFiles;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;

/**
 * What views and reports know about one run, read from its run folder (the single source of
 * truth) and brought up to date by {@link #refresh()}: whoever wrote the files, this process's
 * trainer or another one. Getters never block on I/O: they return what the last refresh saw.
 */
public final class RunDataProvider {

    /** Snapshots are a few MB each; views step through neighbouring epochs, so keep a few. */
    private static final int CACHED_SNAPSHOTS = 4;

    private final RunFolder run;
    private final MetricsTail tail;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Path, LatentSnapshot> snapshotCache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_SNAPSHOTS, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Path, LatentSnapshot> eldest) {
                    return size() > CACHED_SNAPSHOTS;
                }
            });

    private volatile List<MetricPoint> metrics = List.of();
    private volatile List<Path> snapshotFiles = List.of();
    private volatile RunRecord record;
    private volatile RunStatus status;
    private List<Object> recordVersion;

    public RunDataProvider(RunFolder run) {
        this.run = run;
        this.tail = new MetricsTail(run.metricsFile());
    }

    public String runId() {
        return run.runId();
    }

    public RunFolder run() {
        return run;
    }

    /** The record as of the last refresh; null before the first. */
    public RunRecord record() {
        return record;
    }

    /** The effective status: a RUNNING record of a dead process reads INTERRUPTED. */
    public RunStatus status() {
        return status;
    }

    /** Every metric point up to the last refresh, in the order they were written. */
    public List<MetricPoint> metrics() {
        return metrics;
    }

    /** The values of one metric, in step order. */
    public List<MetricPoint> metric(String name) {
        return metrics.stream().filter(point -> point.metric().equals(name)).toList();
    }

    public List<Path> snapshotFiles() {
        return snapshotFiles;
    }

    /** The newest snapshot, read on first use and cached; null if the run has none yet. */
    public LatentSnapshot latestSnapshot() throws IOException {
        List<Path> files = snapshotFiles;
        return files.isEmpty() ? null : snapshot(files.get(files.size() - 1));
    }

    public LatentSnapshot snapshot(Path file) throws IOException {
        LatentSnapshot cached = snapshotCache.get(file);
        if (cached == null) {
            cached = SnapshotFiles.read(file);
            snapshotCache.put(file, cached);
        }
        return cached;
    }

    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    /**
     * Reads what changed in the run folder since the last refresh and tells the listeners if
     * anything did. Cheap when nothing changed: a few file times and sizes.
     *
     * @return whether anything changed
     */
    public synchronized boolean refresh() throws IOException {
        boolean changed = false;
        List<MetricPoint> added = tail.readNew();
        if (!added.isEmpty()) {
            List<MetricPoint> all = new ArrayList<>(metrics.size() + added.size());
            all.addAll(metrics);
            all.addAll(added);
            metrics = List.copyOf(all);
            changed = true;
        }
        List<Path> files = run.snapshots();
        if (!files.equals(snapshotFiles)) {
            snapshotFiles = List.copyOf(files);
            changed = true;
        }
        // Records are replaced by rename, so a new version is a new file: compare identity and time,
        // as two saves within the file system's clock tick share a modification time.
        BasicFileAttributes attributes = Files.readAttributes(run.folder().resolve("run.record"), BasicFileAttributes.class);
        List<Object> version = Arrays.asList(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        if (!version.equals(recordVersion)) {
            recordVersion = version;
            record = run.record();
            changed = true;
        }
        RunStatus effective = RunStore.effectiveStatus(record);
        if (effective != status) {
            status = effective;
            changed = true;
        }
        if (changed) {
            for (RunListener listener : listeners) {
                listener.runChanged(this);
            }
        }
        return changed;
    }
}
