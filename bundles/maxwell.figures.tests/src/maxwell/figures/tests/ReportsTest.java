package maxwell.figures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.analysis.FlowTableFile;
import maxwell.core.analysis.RunAnalysis;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.figures.report.CompareReport;
import maxwell.figures.report.RunReport;
import maxwell.info.flow.FlowTable;

class ReportsTest {

    @TempDir
    Path root;

    @Test
    void aRunReportWritesFiguresQuantitiesAndSettings() throws Exception {
        RunFolder run = StoredRun.create(root.resolve("runs"), 3, 3);
        Path index = RunReport.write(run, root.resolve("report"), RunAnalysis.Progress.NONE);
        String html = Files.readString(index);
        assertTrue(html.contains("data:image/png;base64,"), "figures are not embedded");
        for (String figure : List.of("demon-diagram", "information-plane", "partition-map-domain", "partition-map-content",
                "swap-grid", "training-curves")) {
            assertTrue(Files.size(root.resolve("report/figures/" + figure + ".png")) > 1000, figure + ".png");
            assertTrue(Files.readString(root.resolve("report/figures/" + figure + ".svg")).contains("<svg"), figure + ".svg");
        }
        assertTrue(Files.exists(root.resolve("report/figures/demon-002.png")), "animation frames");
        assertTrue(html.contains("adversary.lambda") && html.contains("test-fingerprint") && html.contains("seed"));
        FlowTable written = FlowTableFile.read(root.resolve("report/quantities.csv"));
        FlowTable analysed = RunAnalysis.flowTable(run, RunAnalysis.Progress.NONE);
        assertEquals(analysed.rows().size(), written.rows().size());
        for (int t = 0; t < written.rows().size(); t++) {
            assertEquals(analysed.row(t).values(), written.row(t).values());
        }
    }

    @Test
    void theRunReportBreaksTheFreshProbeDownByDomain() throws Exception {
        RunFolder run = StoredRun.create(root.resolve("runs"), 3, 3);
        String html = Files.readString(RunReport.write(run, root.resolve("report"), RunAnalysis.Progress.NONE));
        assertTrue(html.contains("<h2>Fresh probes by domain</h2>"), "no breakdown section");
        maxwell.core.store.LatentSnapshot last = run.latestSnapshot();
        java.util.Map<String, maxwell.info.probe.DomainBreakdown> byPartition = new java.util.LinkedHashMap<>();
        for (maxwell.core.store.LatentSnapshot.PartitionCodes p : last.partitions()) {
            byPartition.put(p.name(), maxwell.info.probe.DomainBreakdown.of(p.rows(), last.domainLabels(),
                    last.contentLabels(), StoredRun.DOMAINS, run.experiment().getSeed()));
        }
        List<String> names = List.of("satellite", "street", "sketch", "night");
        for (int d = 0; d < StoredRun.DOMAINS; d++) {
            StringBuilder row = new StringBuilder("<tr><td>" + names.get(d) + "</td><td>"
                    + byPartition.get("content").heldOut()[d] + "</td>");
            for (maxwell.info.probe.DomainBreakdown b : byPartition.values()) {
                row.append(String.format(java.util.Locale.ROOT, "<td class=\"n\">%.3f</td>", b.domainRecall()[d]));
            }
            for (maxwell.info.probe.DomainBreakdown b : byPartition.values()) {
                row.append(String.format(java.util.Locale.ROOT, "<td class=\"n\">%.3f</td>", b.contentAccuracy()[d]));
            }
            assertTrue(html.contains(row + "</tr>"), "the row of " + names.get(d) + " is not " + row);
            // the stored run's style partition carries the domain on its own axis: every domain recognised
            assertEquals(1.0, byPartition.get("style").domainRecall()[d], 1e-12);
        }
    }

    @Test
    void theTableIsCachedAndOnlyNewSnapshotsAreAnalysed() throws Exception {
        RunFolder run = StoredRun.create(root.resolve("runs"), 5, 2);
        List<Integer> computed = new ArrayList<>();
        FlowTable first = RunAnalysis.flowTable(run, (row, rows) -> computed.add(row));
        assertEquals(List.of(0, 1), computed);
        assertTrue(Files.exists(RunAnalysis.tableFile(run)));
        computed.clear();
        RunAnalysis.flowTable(run, (row, rows) -> computed.add(row));
        assertEquals(List.of(), computed, "a cached table is recomputed");
        StoredRun.addSnapshot(run, 3, 3, 5);
        FlowTable grown = RunAnalysis.flowTable(run, (row, rows) -> computed.add(row));
        assertEquals(List.of(2), computed, "only the new snapshot is analysed");
        assertEquals(3, grown.rows().size());
        assertEquals(first.row(1).values(), grown.row(1).values(), "an old row changed");
    }

    @Test
    void aRunWithoutSnapshotsIsAnErrorThatSaysSo() throws Exception {
        RunFolder empty = new RunStore(root.resolve("runs")).create(StoredRun.experiment(1), "none");
        IOException e = assertThrows(IOException.class, () -> RunReport.write(empty, root.resolve("r"), RunAnalysis.Progress.NONE));
        assertTrue(e.getMessage().contains("no latent snapshots"), e.getMessage());
        assertThrows(IOException.class, () -> new RunStore(root.resolve("runs")).open("no-such-run"));
    }

    @Test
    void aComparisonGroupsSeedsAndListsOnlyDifferentSettings() throws Exception {
        RunFolder a = StoredRun.create(root.resolve("runs"), 11, 2);
        RunFolder b = StoredRun.create(root.resolve("runs"), 12, 2);
        Path index = CompareReport.write(List.of(a, b), root.resolve("compare"), RunAnalysis.Progress.NONE);
        String html = Files.readString(index);
        assertTrue(html.contains("2 seeds") || html.contains("differ only by seed"), "seeds are not grouped");
        assertTrue(html.contains("<th>seed</th>") || html.contains("<td>seed</td>"), "the seed differs and must be listed");
        assertTrue(!html.contains("<td>data.imageSize</td>"), "equal settings are listed");
        assertTrue(Files.exists(root.resolve("compare/figures/demon-run-2.svg")));
        assertTrue(Files.exists(root.resolve("compare/figures/information-plane.png")));
    }
}
