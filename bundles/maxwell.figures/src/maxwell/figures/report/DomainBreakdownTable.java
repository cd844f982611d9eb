package maxwell.figures.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import maxwell.core.analysis.SnapshotAdapter;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.figures.data.RunFigureData;
import maxwell.info.probe.DomainBreakdown;
import maxwell.info.probe.FreshProbe;

/**
 * The report's table of the fresh k-NN probe by domain at the last evaluation point: per domain and
 * partition, how often the probe recognises the domain and how well it reads the content class.
 * Same split and seed as the run's logged fresh probes, so the recalls average to them.
 */
final class DomainBreakdownTable {

    private DomainBreakdownTable() {
    }

    static String html(RunFigureData data) throws IOException {
        if (data.points() == 0) {
            return "<p>No evaluation point yet.</p>\n";
        }
        LatentSnapshot snapshot = data.snapshot(data.points() - 1);
        if (snapshot.samples() < 10) {
            return "<p>Too few probe samples for a fresh probe (" + snapshot.samples() + ").</p>\n";
        }
        int domains = Math.max(data.domainCount(), java.util.Arrays.stream(snapshot.domainLabels()).max().orElse(0) + 1);
        List<String> names = new ArrayList<>();
        List<DomainBreakdown> breakdowns = new ArrayList<>();
        for (PartitionCodes partition : snapshot.partitions()) {
            names.add(partition.name());
            breakdowns.add(DomainBreakdown.of(partition.rows(), snapshot.domainLabels(), snapshot.contentLabels(), domains,
                    data.experiment().getSeed()));
        }
        List<String> header = new ArrayList<>(List.of("domain", "held-out samples"));
        names.forEach(n -> header.add("domain recall, " + n));
        names.forEach(n -> header.add("content accuracy, " + n));
        List<List<String>> rows = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            List<String> row = new ArrayList<>(List.of(data.domainName(d), Integer.toString(breakdowns.get(0).heldOut()[d])));
            for (DomainBreakdown b : breakdowns) {
                row.add(number(b.domainRecall()[d]));
            }
            for (DomainBreakdown b : breakdowns) {
                row.add(number(b.contentAccuracy()[d]));
            }
            rows.add(row);
        }
        return "<p>At " + snapshot.samples() + " probe samples of the last evaluation point (epoch "
                + SnapshotAdapter.epochText(snapshot.epoch()) + "): a k-NN probe trained on " + Math.round(100 * (1 - FreshProbe.HELD_OUT)) + " % of them, judged on the rest. "
                + "Chance recall is each domain's share. When the domains recognised best are those whose content is "
                + "read best, the partition codes some renderings more sharply than others, and the probe reads the "
                + "domain from that sharpness.</p>\n" + Html.table(header, rows);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : "<td class=\"n\">" + String.format(Locale.ROOT, "%.3f", v) + "</td>";
    }
}
