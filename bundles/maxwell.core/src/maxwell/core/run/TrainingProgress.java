package maxwell.core.run;

import maxwell.train.step.StepLosses;

/**
 * Where a training run reports and asks whether to stop: an Eclipse job's monitor, a terminal
 * progress bar, or a test. Called on the training thread; implementations must not block.
 */
public interface TrainingProgress {

    /** Training (re)starts at {@code stepsDone} of {@code totalSteps}. */
    void started(long stepsDone, long totalSteps);

    void stepDone(StepLosses losses, long totalSteps);

    /** A short note: an evaluation, a checkpoint. */
    void note(String message);

    boolean isCancelled();

    /** Reports nothing and never cancels. */
    TrainingProgress SILENT = new TrainingProgress() {
        @Override
        public void started(long stepsDone, long totalSteps) {
        }

        @Override
        public void stepDone(StepLosses losses, long totalSteps) {
        }

        @Override
        public void note(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
