package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import maxwell.core.store.ProcessLiveness;

class ProcessLivenessTest {

    @Test
    void thisProcessIsRunning() {
        assertTrue(ProcessLiveness.isRunning(ProcessHandle.current().pid()));
    }

    @Test
    void anExitedAndReapedProcessIsNotRunning() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        assertFalse(ProcessLiveness.isRunning(child.pid()));
    }

    /** A killed trainer nobody reaps (PID 1 in a container) lingers as a zombie: it must count as dead. */
    @Test
    void aZombieIsNotRunning() throws Exception {
        // sh starts a short sleep in the background, then becomes a long 'sleep', which never
        // reaps it: the child must outlive the exec, or sh may reap it first on a slow machine.
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0.5 & echo $!; exec sleep 20").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.US_ASCII))) {
            long zombie = Long.parseLong(out.readLine().trim());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (ProcessLiveness.isRunning(zombie) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(ProcessHandle.of(zombie).isPresent(), "the child should still be in the process table, unreaped");
            assertFalse(ProcessLiveness.isRunning(zombie));
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }
}
