package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import maxwell.cli.ExitCodes;
import maxwell.core.run.TrainingRun;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;

/**
 * Runs a training on the command's thread with a progress bar. Ctrl-C cancels cleanly: the run
 * saves a checkpoint and is recorded as cancelled, so {@code ./maxwell resume} continues it.
 */
final class TrainingSession {

    /** How long Ctrl-C waits for the checkpoint before the JVM goes down anyway. */
    private static final long SHUTDOWN_GRACE_SECONDS = 60;

    private TrainingSession() {
    }

    static int train(TrainingRun training, PrintStream out, PrintStream err) throws IOException {
        TerminalProgress progress = new TerminalProgress(err, System.console() != null);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            progress.cancel();
            try {
                finished.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "maxwell-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        RunStatus status;
        try {
            status = training.execute(progress);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook is running and will see the latch
            }
        }
        RunRecord record = training.run().record();
        // a failed step is never saved: say what the run keeps, not where it stopped (the failure says that)
        String done = status == RunStatus.FAILED ? "failed; its last checkpoint holds " + record.getStepsDone() + " steps"
                : status.getName().toLowerCase(java.util.Locale.ROOT) + " after " + record.getStepsDone() + " steps";
        out.println(training.run().folder() + ": " + done);
        return switch (status) {
            case FINISHED -> ExitCodes.OK;
            case CANCELLED -> {
                err.println("cancelled; continue with: ./maxwell resume " + training.run().folder());
                yield ExitCodes.PROBLEM;
            }
            default -> {
                err.println("failed: " + record.getFailure());
                yield ExitCodes.PROBLEM;
            }
        };
    }
}
