package maxwell.ui.experiments;

import java.nio.file.Path;
import java.util.List;

import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore.RunSummary;
import maxwell.model.RunStatus;
import maxwell.model.catalog.CatalogEntry;

/** The rows of the Experiments navigator: experiments, each with its runs. */
public final class NavigatorRows {

    private NavigatorRows() {
    }

    /**
     * An experiment file, or (entry null) the name of an experiment whose runs remain while its
     * file is gone or renamed.
     */
    public record ExperimentRow(String name, CatalogEntry entry, List<RunRow> runs) {

        public Path file() {
            return entry == null ? null : entry.file();
        }
    }

    /**
     * A run as the navigator shows it.
     *
     * @param status the effective status; null when the record cannot be read
     * @param stepsDone the last step written (live for a training run), -1 if unknown
     * @param totalSteps the steps of the whole run if this workbench trains it, else -1
     * @param trainingHere the run trains in this workbench (so it can be cancelled here)
     */
    public record RunRow(RunSummary summary, RunStatus status, long stepsDone, long totalSteps, boolean trainingHere) {

        public String runId() {
            return summary.run().runId();
        }

        public RunFolder run() {
            return summary.run();
        }

        /** 0..100 while the run trains here and the total is known, else -1. */
        public int percent() {
            return totalSteps > 0 && stepsDone >= 0 ? (int) Math.min(100, stepsDone * 100 / totalSteps) : -1;
        }

        public boolean isStopped() {
            return status == RunStatus.CANCELLED || status == RunStatus.INTERRUPTED || status == RunStatus.FAILED;
        }
    }
}
