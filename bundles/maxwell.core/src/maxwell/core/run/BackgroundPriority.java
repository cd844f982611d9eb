package maxwell.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lowers the operating system's scheduling priority of the calling thread (Linux: nice +10), for
 * work the user does not wait on from moment to moment: training in the workbench and the figure
 * views' analysis and drawing. On two cores, a trainer (with ND4J's OpenMP threads, which inherit
 * the priority of the thread that starts them) and the analysis otherwise share the processors
 * evenly with the UI thread and the X server, and every click or repaint waits its turn: the UI
 * benchmark measured stalls of 150-300 ms after a tab switch that takes 20 ms when nothing trains.
 * At nice 10 the background work still gets every cycle the UI does not use.
 * <p>
 * Java cannot set a thread's nice value itself; {@code renice} on the thread's id can. Where that
 * is not possible (no {@code /proc/thread-self}, no {@code renice}) nothing happens. A thread is
 * lowered once; an unprivileged process cannot raise it again, so only threads that do background
 * work should call this (pooled job workers stay lowered for later jobs, which are background work too).
 */
public final class BackgroundPriority {

    /** How much lower than the workbench: between the UI (0) and idle (19). */
    static final int NICENESS = 10;

    private static final Set<String> LOWERED = ConcurrentHashMap.newKeySet();
    private static volatile boolean unavailable;

    private BackgroundPriority() {
    }

    /** Lowers the calling thread's priority, once per thread; never fails. */
    public static void lowerCurrentThread() {
        if (unavailable) {
            return;
        }
        String threadId;
        try {
            Path self = Files.readSymbolicLink(Paths.get("/proc/thread-self"));
            threadId = self.getFileName().toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            unavailable = true; // not Linux, or no /proc: leave the priorities alone
            return;
        }
        if (!LOWERED.add(threadId)) {
            return;
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICENESS), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            renice.waitFor();
        } catch (IOException e) {
            unavailable = true; // no renice on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
