package maxwell.ui.runs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import maxwell.core.run.TrainingJob;
import maxwell.core.run.TrainingRun;

/** Opens the data and the run folder, then hands the run to a {@link TrainingJob} (shown in the Progress view). */
public final class PrepareRunJob extends Job {

    /** What the job prepares: creating a new run or reopening a stopped one. */
    @FunctionalInterface
    interface Preparation {
        TrainingRun prepare() throws Exception;
    }

    private final Preparation preparation;
    private volatile TrainingJob trainingJob;

    PrepareRunJob(String name, Preparation preparation) {
        super(name);
        this.preparation = preparation;
        setUser(true); // a failure to start is shown to the user, not only logged
    }

    /** The training job once preparation succeeded, else null. */
    public TrainingJob trainingJob() {
        return trainingJob;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        // Reading the data and building the model (ND4J starts its threads here) is background work too.
        maxwell.core.run.BackgroundPriority.lowerCurrentThread();
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            TrainingRun training = preparation.prepare();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            TrainingJob job = new TrainingJob(training);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void running(IJobChangeEvent event) {
                    WorkspaceChanges.fire();
                }

                @Override
                public void done(IJobChangeEvent event) {
                    WorkspaceChanges.fire();
                }
            });
            trainingJob = job;
            job.schedule();
            WorkspaceChanges.fire();
            return Status.OK_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, "maxwell.ui", "Cannot start training: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
