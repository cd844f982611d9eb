package maxwell.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread keeps the user waiting. A probe thread posts a tiny
 * {@code asyncExec} every {@link #PERIOD_MILLIS} ms, carrying its post time; the UI thread, when it
 * gets to the runnable, records the delay. A posted runnable waits exactly as long as a click or a
 * paint posted at the same moment would, so the longest delay is the longest stall the user saw.
 * <p>
 * While a probe has waited longer than {@link #SAMPLE_AFTER_MILLIS} ms, a sampler takes the UI
 * thread's stack every {@link #SAMPLE_MILLIS} ms and counts where it is: the profile of the stalls.
 */
final class UiStallProbe implements AutoCloseable {

    static final long PERIOD_MILLIS = 5;
    static final long SAMPLE_MILLIS = 5;
    static final long SAMPLE_AFTER_MILLIS = 30;
    /** Frames of a sampled stack kept for the profile. */
    private static final int FRAMES = 20;

    private final Display display;
    private final Thread uiThread;
    private final ConcurrentLinkedQueue<Long> pending = new ConcurrentLinkedQueue<>();
    /** Delays in nanoseconds, written on the UI thread only. */
    private final List<Long> delays = new ArrayList<>();
    /** When the long delays began ({@link System#nanoTime()}) and how long they were, for a timeline. */
    private final List<long[]> longDelays = new ArrayList<>();
    static final long LONG_DELAY_MILLIS = 50;
    private final Map<String, Integer> stallSamples = new HashMap<>();
    private volatile boolean running = true;
    private final Thread poster;
    private final Thread sampler;

    UiStallProbe(Display display) {
        this.display = display;
        this.uiThread = display.getThread();
        poster = new Thread(this::post, "ui-stall-probe");
        sampler = new Thread(this::sample, "ui-stall-sampler");
        poster.setDaemon(true);
        sampler.setDaemon(true);
        poster.setPriority(Thread.MAX_PRIORITY);
        sampler.setPriority(Thread.MAX_PRIORITY);
        poster.start();
        sampler.start();
    }

    private void post() {
        while (running) {
            long posted = System.nanoTime();
            pending.add(posted);
            try {
                display.asyncExec(() -> {
                    long delay = System.nanoTime() - posted;
                    delays.add(delay);
                    if (delay > LONG_DELAY_MILLIS * 1_000_000) {
                        longDelays.add(new long[] { posted, delay });
                    }
                    pending.poll();
                });
            } catch (org.eclipse.swt.SWTException e) {
                return; // the display is gone
            }
            sleep(PERIOD_MILLIS);
        }
    }

    private void sample() {
        while (running) {
            Long oldest = pending.peek();
            if (oldest != null && System.nanoTime() - oldest > SAMPLE_AFTER_MILLIS * 1_000_000) {
                StackTraceElement[] stack = uiThread.getStackTrace();
                synchronized (stallSamples) {
                    stallSamples.merge(describe(stack), 1, Integer::sum);
                    stallSamples.merge(MAXWELL + innermostMaxwellFrame(stack), 1, Integer::sum);
                }
            }
            sleep(SAMPLE_MILLIS);
        }
    }

    /** Keys of the per-frame counts in {@link #stallSamples}, next to whole stacks. */
    private static final String MAXWELL = "maxwell frame: ";

    private static String innermostMaxwellFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("maxwell.") && !frame.getClassName().startsWith("maxwell.ui.tests.")) {
                return frame.getClassName() + "." + frame.getMethodName();
            }
        }
        return "(none: the platform's own work)";
    }

    /** The top frames of a stack, innermost first, one a line. */
    private static String describe(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        int kept = 0;
        for (StackTraceElement frame : stack) {
            if (kept == FRAMES) {
                break;
            }
            String name = frame.getClassName() + "." + frame.getMethodName();
            text.append("    ").append(name).append(frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "")
                    .append('\n');
            kept++;
        }
        return text.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops probing; call on the UI thread, which then runs the probes still queued. */
    @Override
    public void close() {
        running = false;
        try {
            poster.join(1000);
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (display.readAndDispatch()) {
            // run what is queued, the last probes included
        }
    }

    /** What the probes saw, in milliseconds. */
    Result result() {
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Integer> samples;
        synchronized (stallSamples) {
            samples = new HashMap<>(stallSamples);
        }
        return new Result(sorted, samples, List.copyOf(longDelays));
    }

    record Result(long[] sortedNanos, Map<String, Integer> stallSamples, List<long[]> longDelays) {

        /**
         * The longest delay that did not begin within {@code windowMillis} after one of {@code times} (e.g. a
         * tab switch the benchmark made, as a user clicking would); below {@link #LONG_DELAY_MILLIS} it is not
         * known exactly and {@link #LONG_DELAY_MILLIS} is returned.
         */
        double maxMillisAwayFrom(List<Long> times, long windowMillis) {
            long worst = 0;
            for (long[] delay : longDelays) {
                boolean near = times.stream().anyMatch(time -> delay[0] + delay[1] >= time
                        && delay[0] <= time + windowMillis * 1_000_000);
                if (!near) {
                    worst = Math.max(worst, delay[1]);
                }
            }
            return worst == 0 ? LONG_DELAY_MILLIS : worst / 1e6;
        }

        /**
         * The longest delays, each with what happened last before it (events: nanoTime and a name), as
         * lines; delays that overlap (probes queued behind the same stall) count once, at their longest.
         */
        String timeline(List<Map.Entry<Long, String>> events, long start, int top) {
            List<long[]> stalls = new ArrayList<>();
            for (long[] delay : longDelays) {
                long[] last = stalls.isEmpty() ? null : stalls.get(stalls.size() - 1);
                if (last != null && delay[0] < last[0] + last[1]) {
                    if (delay[0] + delay[1] > last[0] + last[1]) {
                        last[1] = delay[0] + delay[1] - last[0];
                    }
                } else {
                    stalls.add(delay.clone());
                }
            }
            StringBuilder text = new StringBuilder();
            stalls.stream().sorted((a, b) -> Long.compare(b[1], a[1])).limit(top).forEach(stall -> {
                String before = "";
                for (Map.Entry<Long, String> event : events) {
                    if (event.getKey() <= stall[0] + stall[1]) {
                        before = String.format(Locale.ROOT, "%s %.0f ms before it ended", event.getValue(),
                                (stall[0] + stall[1] - event.getKey()) / 1e6);
                    }
                }
                text.append(String.format(Locale.ROOT, "  at %6.1f s: %4.0f ms%s%n", (stall[0] - start) / 1e9, stall[1] / 1e6,
                        before.isEmpty() ? "" : "; last event: " + before));
            });
            return text.toString();
        }

        int probes() {
            return sortedNanos.length;
        }

        double maxMillis() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        double percentileMillis(double percent) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        long over(double millis) {
            return Arrays.stream(sortedNanos).filter(nanos -> nanos > millis * 1e6).count();
        }

        /** The stacks the UI thread was in during stalls, most sampled first. */
        String profile(int top) {
            StringBuilder text = new StringBuilder();
            int total = stallSamples.entrySet().stream().filter(entry -> entry.getKey().startsWith(MAXWELL))
                    .mapToInt(Map.Entry::getValue).sum();
            text.append(String.format(Locale.ROOT, "%d samples (every %d ms) of the UI thread while a probe waited > %d ms%n",
                    total, SAMPLE_MILLIS, SAMPLE_AFTER_MILLIS));
            text.append("by the innermost Maxwell frame:\n");
            stallSamples.entrySet().stream().filter(entry -> entry.getKey().startsWith(MAXWELL))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(entry -> text.append(String.format(Locale.ROOT, "  %5d  %s%n", entry.getValue(),
                            entry.getKey().substring(MAXWELL.length()))));
            text.append("by stack (top frames):\n");
            stallSamples.entrySet().stream().filter(entry -> !entry.getKey().startsWith(MAXWELL))
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(entry -> text.append(String.format(Locale.ROOT, "  %d samples:%n%s", entry.getValue(),
                            entry.getKey())));
            return text.toString();
        }
    }
}
