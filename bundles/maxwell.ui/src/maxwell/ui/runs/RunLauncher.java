package maxwell.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import maxwell.core.run.TrainingJob;
import maxwell.core.run.TrainingRun;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;

/**
 * Starts, resumes, cancels and deletes runs. Preparing a run reads and fingerprints its data,
 * which takes a while, so it happens in a job of its own that then schedules the training job;
 * nothing here touches the disk on the caller's (UI) thread.
 */
public final class RunLauncher {

    private static final String BUNDLE = "maxwell.ui";

    private RunLauncher() {
    }

    /** Creates a run of the experiment in {@code file} and trains it. */
    public static PrepareRunJob start(Path file) {
        PrepareRunJob job = new PrepareRunJob("Preparing a run of " + file.getFileName(), () -> {
            Experiment experiment = ExperimentFiles.load(file);
            return TrainingRun.create(Workspace.runStore(), experiment, file);
        });
        job.schedule();
        return job;
    }

    /** Continues a stopped run (cancelled, interrupted, failed) from its last checkpoint. */
    public static PrepareRunJob resume(RunFolder run) {
        PrepareRunJob job = new PrepareRunJob("Preparing to resume " + run.runId(), () -> TrainingRun.reopen(run));
        job.schedule();
        return job;
    }

    /** The training job of a run that trains in this workbench, if there is one. */
    public static Optional<TrainingJob> activeJob(String runId) {
        for (Job job : Job.getJobManager().find(TrainingJob.FAMILY)) {
            if (job instanceof TrainingJob training && training.training().run().runId().equals(runId)) {
                return Optional.of(training);
            }
        }
        return Optional.empty();
    }

    /** Asks a run's training job to stop; it checkpoints first and records the run as cancelled. */
    public static boolean cancel(String runId) {
        Optional<TrainingJob> job = activeJob(runId);
        job.ifPresent(Job::cancel);
        return job.isPresent();
    }

    /** Deletes run folders in the background; runs still training are refused by the store. */
    public static Job delete(List<String> runIds) {
        Job job = new Job("Deleting " + (runIds.size() == 1 ? "run " + runIds.get(0) : runIds.size() + " runs")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                RunStore store = Workspace.runStore();
                List<String> failures = new ArrayList<>();
                monitor.beginTask(getName(), runIds.size());
                for (String runId : runIds) {
                    try {
                        store.delete(runId);
                    } catch (java.io.IOException e) {
                        failures.add(e.getMessage());
                    }
                    monitor.worked(1);
                }
                WorkspaceChanges.fire();
                return failures.isEmpty() ? Status.OK_STATUS
                        : new Status(IStatus.WARNING, BUNDLE, String.join("\n", failures));
            }
        };
        job.schedule();
        return job;
    }
}
