package maxwell.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import maxwell.core.provider.RunDataProvider;
import maxwell.core.run.TrainingJob;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.RunStore;
import maxwell.core.store.RunStore.RunSummary;
import maxwell.model.RunStatus;
import maxwell.model.catalog.CatalogEntry;
import maxwell.model.catalog.ExperimentCatalog;
import maxwell.ui.experiments.NavigatorRows.ExperimentRow;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.RunLauncher;

/**
 * Reads the workspace for the navigator: the experiment files and the runs, matched by
 * experiment name. Runs reading their files; called from a job, never the UI thread. Keeps a data
 * provider per training run so that following its progress reads only what is new.
 */
final class NavigatorScan {

    /** Run folders keep a copy of their experiment; those copies are not experiments of the workspace. */
    static final String RUNS_FOLDER = "runs";

    private final Map<String, RunDataProvider> liveRuns = new HashMap<>();
    private List<CatalogEntry> lastEntries;

    /**
     * @param experimentsToo read and validate the experiment files as well; following a training
     *            run only needs the runs, so its once-a-second scans reuse the last list of files
     */
    synchronized List<ExperimentRow> scan(Path workspace, BooleanSupplier cancelled, boolean experimentsToo)
            throws IOException {
        if (experimentsToo || lastEntries == null) {
            lastEntries = ExperimentCatalog.scan(workspace, cancelled).stream()
                    .filter(entry -> !entry.relativeFile().startsWith(RUNS_FOLDER)).toList();
        }
        List<CatalogEntry> entries = lastEntries;
        List<RunSummary> runs = new RunStore(workspace.resolve(RUNS_FOLDER)).list();

        Map<String, List<RunRow>> runsByExperiment = new LinkedHashMap<>();
        Map<String, RunDataProvider> stillLive = new HashMap<>();
        for (RunSummary summary : runs) {
            RunRow row = row(summary, stillLive);
            String experiment = summary.record() == null ? "(unreadable runs)" : summary.record().getExperimentName();
            runsByExperiment.computeIfAbsent(experiment, key -> new ArrayList<>()).add(row);
        }
        liveRuns.clear();
        liveRuns.putAll(stillLive);

        List<ExperimentRow> rows = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            List<RunRow> own = entry.isReadable() ? runsByExperiment.getOrDefault(entry.experiment().getName(), List.of())
                    : List.of();
            rows.add(new ExperimentRow(entry.displayName(), entry, newestFirst(own)));
        }
        // The same experiment name in two files: its runs show under each, as either could have made them.
        for (Map.Entry<String, List<RunRow>> orphan : runsByExperiment.entrySet()) {
            boolean hasFile = entries.stream().anyMatch(entry -> entry.isReadable()
                    && orphan.getKey().equals(entry.experiment().getName()));
            if (!hasFile) {
                rows.add(new ExperimentRow(orphan.getKey(), null, newestFirst(orphan.getValue())));
            }
        }
        return rows;
    }

    private RunRow row(RunSummary summary, Map<String, RunDataProvider> stillLive) {
        String runId = summary.run().runId();
        Optional<TrainingJob> job = RunLauncher.activeJob(runId);
        RunStatus status = summary.status();
        long stepsDone = summary.record() == null ? -1 : summary.record().getStepsDone();
        if (status == RunStatus.RUNNING || job.isPresent()) {
            RunDataProvider provider = liveRuns.computeIfAbsent(runId, id -> new RunDataProvider(summary.run()));
            stillLive.put(runId, provider);
            try {
                provider.refresh();
                List<MetricPoint> metrics = provider.metrics();
                if (!metrics.isEmpty()) {
                    stepsDone = Math.max(stepsDone, metrics.get(metrics.size() - 1).step());
                }
            } catch (IOException e) {
                // the trainer is replacing a file this very moment: the next scan reads it
            }
        }
        long total = job.map(training -> training.training().totalSteps()).orElse(-1L);
        return new RunRow(summary, status, stepsDone, total, job.isPresent());
    }

    private static List<RunRow> newestFirst(List<RunRow> runs) {
        List<RunRow> sorted = new ArrayList<>(runs);
        java.util.Collections.reverse(sorted); // the store lists oldest first (ids end with the creation time)
        return sorted;
    }
}
