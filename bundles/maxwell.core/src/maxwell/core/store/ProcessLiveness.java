package maxwell.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process of this host still runs. {@link ProcessHandle#isAlive()} alone is not enough:
 * a trainer killed with {@code kill -9} whose parent died too is re-parented to PID 1, and in a
 * container PID 1 often never reaps it, so it lingers as a zombie that the JDK reports as alive.
 */
public final class ProcessLiveness {

    private ProcessLiveness() {
    }

    public static boolean isRunning(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive && !isZombie(pid);
    }

    /** On Linux the state letter follows the parenthesised command name in /proc/PID/stat. */
    static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat, StandardCharsets.US_ASCII);
            int afterName = line.lastIndexOf(')');
            if (afterName < 0 || afterName + 2 >= line.length()) {
                return false;
            }
            char state = line.charAt(afterName + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException | RuntimeException e) {
            return false; // no procfs (not Linux) or the process just vanished; ProcessHandle decides
        }
    }
}
