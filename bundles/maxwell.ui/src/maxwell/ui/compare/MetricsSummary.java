package maxwell.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import maxwell.core.store.MetricPoint;

/**
 * The last value of every metric in each run, side by side: the table the comparison shows
 * until the overlaid curves arrive with the figures.
 */
public final class MetricsSummary {

    /** A metric, and its last value and step in each run ("" where a run has no value). */
    public record Row(String metric, List<String> values) {
    }

    private MetricsSummary() {
    }

    public static List<Row> of(List<List<MetricPoint>> runs) {
        Set<String> metrics = new LinkedHashSet<>();
        runs.forEach(points -> points.forEach(point -> metrics.add(point.metric())));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("steps", runs.stream().map(MetricsSummary::lastStep).toList()));
        for (String metric : metrics) {
            rows.add(new Row(metric, runs.stream().map(points -> last(points, metric)).toList()));
        }
        return rows;
    }

    private static String lastStep(List<MetricPoint> points) {
        return points.stream().mapToLong(MetricPoint::step).max().stream().mapToObj(String::valueOf).findFirst().orElse("");
    }

    private static String last(List<MetricPoint> points, String metric) {
        MetricPoint last = null;
        for (MetricPoint point : points) {
            if (point.metric().equals(metric) && (last == null || point.step() >= last.step())) {
                last = point;
            }
        }
        return last == null ? "" : String.format(Locale.ROOT, "%.4g", last.value());
    }
}
