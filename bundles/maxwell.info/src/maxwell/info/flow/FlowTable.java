package maxwell.info.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demon's quantities at every evaluation point: rows in sequence order, columns named as in
 * {@link Columns}, metadata (estimators, k, N, surrogates, seed, partition roles) for reports.
 */
public record FlowTable(List<String> columns, List<FlowRow> rows, Map<String, String> metadata) {

    public FlowTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public FlowRow row(int index) {
        return rows.get(index);
    }
}
