package maxwell.core.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.core.store.StoreFormatException;
import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Interval;
import maxwell.info.estimate.SurrogateBaseline;
import maxwell.info.flow.FlowRow;
import maxwell.info.flow.FlowTable;
import maxwell.info.flow.FlowTableCsv;
import maxwell.model.io.AtomicFiles;

/**
 * A demon table on disk in the CSV form {@link FlowTableCsv} writes (so the cache is also the
 * table users open in a spreadsheet), and read back: values, surrogate baselines and intervals
 * survive; estimator names and warnings stay in the metadata lines only.
 */
public final class FlowTableFile {

    private static final String SURROGATE_MEAN = " surrogate mean";
    /** Significance cells after each measured column: surrogate mean, p95, low, high, band flag. */
    private static final int SIGNIFICANCE_CELLS = 5;

    private FlowTableFile() {
    }

    public static void write(FlowTable table, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            FlowTableCsv.write(table, out);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.replace(file, out -> bytes.writeTo(out));
    }

    public static FlowTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> metadata = new LinkedHashMap<>();
        int at = 0;
        for (; at < lines.size() && lines.get(at).startsWith("# "); at++) {
            String line = lines.get(at).substring(2);
            int colon = line.indexOf(": ");
            if (colon > 0) {
                metadata.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        if (at >= lines.size()) {
            throw new StoreFormatException(file, "the demon table has no header row");
        }
        List<String> header = cells(lines.get(at++));
        if (header.size() < 2 || !header.get(0).equals("index") || !header.get(1).equals("point")) {
            throw new StoreFormatException(file, "not a demon table (the header must start with index,point)");
        }
        List<String> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Boolean> measured = new ArrayList<>();
        for (int i = 2; i < header.size(); i++) {
            String name = header.get(i);
            boolean withSignificance = i + 1 < header.size() && header.get(i + 1).equals(name + SURROGATE_MEAN);
            columns.add(name);
            positions.add(i);
            measured.add(withSignificance);
            if (withSignificance) {
                i += SIGNIFICANCE_CELLS;
            }
        }
        int surrogates = integer(metadata.get("surrogates"));
        int resamples = integer(metadata.get("resamples"));
        int samples = integer(metadata.get("samples"));
        List<FlowRow> rows = new ArrayList<>();
        for (; at < lines.size(); at++) {
            if (lines.get(at).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(at));
            if (cells.size() != header.size()) {
                throw new StoreFormatException(file, "line " + (at + 1) + " has " + cells.size() + " cells, the header "
                        + header.size());
            }
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                int p = positions.get(c);
                double value = number(file, at, cells.get(p));
                values.put(columns.get(c), value);
                if (measured.get(c) && !cells.get(p).isEmpty()) {
                    double mean = number(file, at, cells.get(p + 1));
                    SurrogateBaseline baseline = cells.get(p + 1).isEmpty() ? SurrogateBaseline.NONE
                            : new SurrogateBaseline(Math.max(1, surrogates), mean, number(file, at, cells.get(p + 2)));
                    Interval interval = cells.get(p + 3).isEmpty() ? Interval.NONE
                            : new Interval(number(file, at, cells.get(p + 3)), number(file, at, cells.get(p + 4)), 0.95,
                                    Math.max(1, resamples), "read from " + file.getFileName());
                    estimates.put(columns.get(c), new Estimate(value, "cached", samples, Map.of(), baseline, interval,
                            List.of()));
                }
            }
            rows.add(new FlowRow(Integer.parseInt(cells.get(0)), cells.get(1), values, estimates));
        }
        return new FlowTable(columns, rows, metadata);
    }

    private static int integer(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double number(Path file, int line, String cell) throws StoreFormatException {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new StoreFormatException(file, "line " + (line + 1) + ": '" + cell + "' is not a number");
        }
    }

    /** Splits one CSV line; quoted cells may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
