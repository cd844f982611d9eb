package maxwell.info.io;

import java.util.List;

/**
 * Numeric data read from a file: rows = samples, plus column names when the file has them.
 *
 * @param rows the values (rows = samples)
 * @param columnNames header names, or an empty list
 */
public record DataTable(double[][] rows, List<String> columnNames) {

    public DataTable {
        columnNames = List.copyOf(columnNames);
    }

    public int columns() {
        return rows.length == 0 ? columnNames.size() : rows[0].length;
    }
}
