package maxwell.core.run;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import maxwell.model.RunStatus;
import maxwell.train.step.StepLosses;

/**
 * A training run as an Eclipse job: progress in steps with the loss and an ETA, cancel saves a
 * checkpoint and stops, and the run folder is the job's scheduling rule.
 */
public final class TrainingJob extends Job {

    /** Every training job belongs to this family, e.g. to wait for all of them. */
    public static final Object FAMILY = new Object();

    private static final String BUNDLE = "maxwell.core";

    private final TrainingRun training;

    public TrainingJob(TrainingRun training) {
        super("Training " + training.run().runId());
        this.training = training;
        setRule(new RunSchedulingRule(training.run().folder()));
        setPriority(LONG);
    }

    public TrainingRun training() {
        return training;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        // A training job trains inside the workbench: the UI must win the processor whenever it needs it.
        BackgroundPriority.lowerCurrentThread();
        MonitorProgress progress = new MonitorProgress(monitor);
        try {
            RunStatus status = training.execute(progress);
            return switch (status) {
                case FINISHED -> Status.OK_STATUS;
                case CANCELLED -> Status.CANCEL_STATUS;
                default -> new Status(IStatus.ERROR, BUNDLE, training.run().runId() + ": "
                        + training.run().record().getFailure());
            };
        } catch (IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, BUNDLE, training.run().runId() + ": training stopped: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** Progress in steps; the sub-task line carries the numbers a user watches. */
    private static final class MonitorProgress implements TrainingProgress {
        private final IProgressMonitor monitor;
        private long started;
        private long startStep;

        MonitorProgress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void started(long stepsDone, long totalSteps) {
            monitor.beginTask("Training", (int) Math.min(Integer.MAX_VALUE, totalSteps));
            monitor.worked((int) stepsDone);
            started = System.nanoTime();
            startStep = stepsDone;
        }

        @Override
        public void stepDone(StepLosses losses, long totalSteps) {
            monitor.worked(1);
            long done = losses.step() + 1;
            double perStep = (System.nanoTime() - started) / 1e9 / Math.max(1, done - startStep);
            monitor.subTask(String.format(Locale.ROOT, "step %d of %d, loss %.4g, demon accuracy %.2f, %ds left", done,
                    totalSteps, losses.total(), losses.adversaryAccuracy(), Math.round(perStep * (totalSteps - done))));
        }

        @Override
        public void note(String message) {
            monitor.subTask(message);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
