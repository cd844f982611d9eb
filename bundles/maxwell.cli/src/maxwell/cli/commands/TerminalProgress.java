package maxwell.cli.commands;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import maxwell.core.run.TrainingProgress;
import maxwell.train.step.StepLosses;

/**
 * A progress bar on the terminal: redrawn in place when a person watches, one line per tenth of
 * the run when the output goes to a log file.
 */
final class TerminalProgress implements TrainingProgress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final boolean interactive;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private long startNanos;
    private long startStep;
    private long lastDraw;
    private long lastTenth = -1;

    TerminalProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public void started(long stepsDone, long totalSteps) {
        startNanos = System.nanoTime();
        startStep = stepsDone;
        out.println(stepsDone == 0 ? "training " + totalSteps + " steps"
                : "resuming at step " + stepsDone + " of " + totalSteps);
    }

    @Override
    public void stepDone(StepLosses losses, long totalSteps) {
        long done = losses.step() + 1;
        long now = System.nanoTime();
        long tenth = done * 10 / Math.max(1, totalSteps);
        if (interactive) {
            if (now - lastDraw >= REDRAW_NANOS || done == totalSteps) {
                lastDraw = now;
                out.print("\r" + line(losses, done, totalSteps, now));
                if (done == totalSteps) {
                    out.println();
                }
                out.flush();
            }
        } else if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(line(losses, done, totalSteps, now));
        }
    }

    @Override
    public void note(String message) {
        if (!interactive) {
            out.println(message);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    private String line(StepLosses losses, long done, long total, long now) {
        int width = 24;
        int filled = (int) (width * done / Math.max(1, total));
        double elapsed = (now - startNanos) / 1e9;
        long trained = done - startStep;
        double eta = trained > 0 ? elapsed / trained * (total - done) : Double.NaN;
        return String.format(Locale.ROOT, "[%s%s] %3d%% step %d/%d  loss %.4g  demon acc %.2f  λ %.3g  ETA %s",
                "#".repeat(filled), "-".repeat(width - filled), 100 * done / Math.max(1, total), done, total,
                losses.total(), losses.adversaryAccuracy(), losses.lambda(), duration(eta));
    }

    private static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
