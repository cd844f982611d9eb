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

    /**
     * The rows with each run's difference to the baseline run after its value, e.g. {@code 0.5120 (−0.031)};
     * the baseline's own values and the step counts stay as they are. A negative index means no baseline.
     */
    public static List<Row> againstBaseline(List<Row> rows, int baseline) {
        if (baseline < 0) {
            return rows;
        }
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            if (row.metric().equals("steps")) {
                out.add(row);
                continue;
            }
            Double reference = number(row.values().get(baseline));
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.values().size(); i++) {
                String value = row.values().get(i);
                Double own = number(value);
                values.add(i == baseline || own == null || reference == null ? value
                        : value + " (" + String.format(Locale.ROOT, "%+.3g", own - reference).replace('-', '−') + ")");
            }
            out.add(new Row(row.metric(), values));
        }
        return out;
    }

    private static Double number(String value) {
        try {
            return value.isEmpty() ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
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
