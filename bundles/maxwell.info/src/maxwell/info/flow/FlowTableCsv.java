package maxwell.info.flow;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import maxwell.info.estimate.Estimate;

/**
 * Writes a demon table as CSV: metadata as leading {@code # key: value} comment lines, then one
 * header row and one row per evaluation point. Every measured column is followed by its
 * significance columns ({@code <col> surrogate mean}, {@code <col> surrogate p95},
 * {@code <col> low}, {@code <col> high}, {@code <col> not distinguishable from 0}). Numbers use a
 * dot and full precision; empty cells where a value does not apply.
 */
public final class FlowTableCsv {

    private static final List<String> SUFFIXES = List.of(" surrogate mean", " surrogate p95", " low", " high",
            " not distinguishable from 0");

    private FlowTableCsv() {
    }

    public static void write(FlowTable table, Writer out) throws IOException {
        for (Map.Entry<String, String> m : table.metadata().entrySet()) {
            out.write("# " + m.getKey() + ": " + m.getValue() + "\n");
        }
        List<String> measured = new ArrayList<>();
        for (String column : table.columns()) {
            if (table.rows().stream().anyMatch(r -> r.estimates().containsKey(column))) {
                measured.add(column);
            }
        }
        List<String> header = new ArrayList<>(List.of("index", "point"));
        for (String column : table.columns()) {
            header.add(column);
            if (measured.contains(column)) {
                for (String suffix : SUFFIXES) {
                    header.add(column + suffix);
                }
            }
        }
        out.write(line(header));
        for (FlowRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.index()), row.point()));
            for (String column : table.columns()) {
                Double v = row.values().get(column);
                cells.add(number(v == null ? Double.NaN : v));
                if (measured.contains(column)) {
                    Estimate e = row.estimate(column);
                    if (e == null) {
                        for (int i = 0; i < SUFFIXES.size(); i++) {
                            cells.add("");
                        }
                    } else {
                        cells.add(number(e.surrogates().mean()));
                        cells.add(number(e.surrogates().percentile95()));
                        cells.add(number(e.interval().low()));
                        cells.add(number(e.interval().high()));
                        cells.add(e.surrogates().count() > 0 ? Boolean.toString(e.insideSurrogateBand()) : "");
                    }
                }
            }
            out.write(line(cells));
        }
        out.flush();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String line(List<String> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            s.append(c);
        }
        return s.append('\n').toString();
    }
}
