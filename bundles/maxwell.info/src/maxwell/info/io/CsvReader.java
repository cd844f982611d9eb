package maxwell.info.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads numeric CSV: comma-separated (tab or semicolon if the first line has no comma), optional
 * header (the first line is a header when one of its cells is not a number), cells optionally in
 * double quotes, {@code #} comment lines and blank lines skipped. Every data cell must be a finite
 * number; every row must have as many cells as the first. Errors name file, line and column.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static DataTable read(Path file) throws IOException, DataFormatException {
        List<String> header = List.of();
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        char separator = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (separator == 0) {
                    separator = trimmed.indexOf(',') >= 0 ? ',' : trimmed.indexOf('\t') >= 0 ? '\t' : trimmed.indexOf(';') >= 0 ? ';' : ',';
                }
                List<String> cells = split(trimmed, separator, file, number);
                if (first) {
                    first = false;
                    width = cells.size();
                    if (cells.stream().anyMatch(c -> !isNumber(c))) {
                        header = cells;
                        continue;
                    }
                }
                if (cells.size() != width) {
                    throw new DataFormatException(file + ": line " + number + " has " + cells.size() + " cells, expected "
                            + width + " (malformed CSV)");
                }
                double[] row = new double[width];
                for (int j = 0; j < width; j++) {
                    String cell = cells.get(j);
                    double v;
                    try {
                        v = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new DataFormatException(file + ": line " + number + ", column " + column(j, header)
                                + ": '" + cell + "' is not a number");
                    }
                    if (!Double.isFinite(v)) {
                        throw new DataFormatException(file + ": line " + number + ", column " + column(j, header)
                                + ": " + cell + " (NaN and infinite values cannot be estimated; remove or impute them)");
                    }
                    row[j] = v;
                }
                rows.add(row);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DataFormatException(file + ": not a text (UTF-8) CSV file");
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file + ": no data rows");
        }
        return new DataTable(rows.toArray(double[][]::new), header);
    }

    private static String column(int j, List<String> header) {
        return header.isEmpty() ? Integer.toString(j) : j + " ('" + header.get(j) + "')";
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Splits one line; double quotes group a cell (with "" for a literal quote). */
    static List<String> split(String line, char separator, Path file, int number) throws DataFormatException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new DataFormatException(file + ": line " + number + " has an unterminated quote (malformed CSV)");
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
