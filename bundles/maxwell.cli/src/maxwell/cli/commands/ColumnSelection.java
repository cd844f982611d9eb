package maxwell.cli.commands;

import java.util.ArrayList;
import java.util.List;

import maxwell.cli.UsageException;
import maxwell.info.io.DataFormatException;

/**
 * Parses a column list such as {@code 0-7,9} or {@code age,height} (header names, when the CSV has
 * a header) into 0-based column indices.
 */
final class ColumnSelection {

    private ColumnSelection() {
    }

    static int[] parse(String option, String spec, List<String> header, int columns) throws UsageException, DataFormatException {
        if (spec.isBlank()) {
            throw new UsageException(option + " needs a column list, e.g. 0-7,9");
        }
        List<Integer> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new UsageException(option + " " + spec + ": empty item in the column list");
            }
            int named = header.indexOf(p);
            if (named >= 0) {
                out.add(named);
                continue;
            }
            if (p.matches("\\d+")) {
                out.add(check(option, Integer.parseInt(p), columns));
            } else if (p.matches("\\d+-\\d+")) {
                String[] ends = p.split("-");
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[1]);
                if (to < from) {
                    throw new UsageException(option + " " + spec + ": range " + p + " runs backwards");
                }
                for (int c = from; c <= to; c++) {
                    out.add(check(option, c, columns));
                }
            } else if (!header.isEmpty()) {
                throw new DataFormatException(option + " " + spec + ": no column named '" + p + "'; columns: " + String.join(", ", header));
            } else {
                throw new UsageException(option + " " + spec + ": '" + p
                        + "' is not a column index or range (0-based, e.g. 0-7,9); the file has no header to name columns");
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int check(String option, int c, int columns) throws DataFormatException {
        if (c >= columns) {
            throw new DataFormatException(option + ": column " + c + " is out of range: the data has " + columns
                    + " column(s), 0.." + (columns - 1));
        }
        return c;
    }
}
