package maxwell.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import maxwell.model.io.AtomicFiles;

/** Tables as CSV (RFC 4180 quoting), written atomically like every file Maxwell writes. */
public final class CsvTables {

    private CsvTables() {
    }

    /** The settings table: one row per differing setting, one column per run. */
    public static String settings(RunComparisonEditor.Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header("setting", comparison.runIds()));
        comparison.settings().forEach(row -> rows.add(line(row.setting(), row.values())));
        return csv(rows);
    }

    /** The metrics table: one row per metric with its last value in each run. */
    public static String metrics(RunComparisonEditor.Comparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header("metric", comparison.runIds()));
        comparison.metrics().forEach(row -> rows.add(line(row.metric(), row.values())));
        return csv(rows);
    }

    public static void write(String csv, Path file) throws IOException {
        AtomicFiles.replace(file, out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(CsvTables::quote).toList())).append('\n');
        }
        return text.toString();
    }

    private static List<String> header(String first, List<String> runIds) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(runIds);
        return header;
    }

    private static List<String> line(String first, List<String> values) {
        List<String> line = new ArrayList<>();
        line.add(first);
        line.addAll(values);
        return line;
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
