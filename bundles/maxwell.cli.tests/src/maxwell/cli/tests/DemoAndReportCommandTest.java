package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndReportCommandTest {

    @TempDir
    Path workspace;

    /** The README's demo on a toy-sized model: trains, analyses, reports, leaves the examples. */
    @Test
    void theTinyDemoTrainsAndWritesItsReport() throws Exception {
        CliRun demo = CliRun.of("demo", "--workspace", workspace.toString(), "--tiny");
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(Files.exists(workspace.resolve("examples/synthetic-map-tiles.maxwell")), "no example experiments");
        String reportLine = demo.out().lines().filter(l -> l.startsWith("report: ")).findFirst().orElseThrow();
        Path report = Path.of(reportLine.substring("report: ".length()));
        assertTrue(Files.readString(report).contains("The demon"));
        assertTrue(Files.size(report.resolveSibling("figures/swap-grid.png")) > 1000);

        Path run;
        try (Stream<Path> runs = Files.list(workspace.resolve("runs"))) {
            run = runs.findFirst().orElseThrow();
        }
        CliRun again = CliRun.of("report", run.toString(), "--out", workspace.resolve("again").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(workspace.resolve("again/index.html").toAbsolutePath().toString(), again.out().strip());
        assertTrue(!again.err().contains("analysing"), "the cached demon table was recomputed: " + again.err());
    }

    @Test
    void reportingAnUnknownRunFailsWithAMessage() {
        CliRun run = CliRun.of("report", "no-such-run", "--runs", workspace.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no run 'no-such-run'"), run.err());
        assertEquals(2, CliRun.of("compare", "only-one").exitCode());
    }
}
