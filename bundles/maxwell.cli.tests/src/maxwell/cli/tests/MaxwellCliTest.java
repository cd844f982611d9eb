package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaxwellCliTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("help");

        assertEquals(0, run.exitCode());
        for (String command : new String[] { "validate", "version", "help" }) {
            assertTrue(run.out().lines().anyMatch(line -> line.trim().startsWith(command + " ")), run.out());
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown command 'frobnicate'"), run.err());
    }

    @Test
    void dashDashHelpShowsTheCommandsUsage() {
        CliRun run = CliRun.of("validate", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("usage: ./maxwell validate"), run.out());
    }

    @Test
    void versionNamesMaxwellAndJava() {
        CliRun run = CliRun.of("version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Maxwell 0.1.0"), run.out());
        assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
    }
}
