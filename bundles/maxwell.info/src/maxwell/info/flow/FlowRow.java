package maxwell.info.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import maxwell.info.estimate.Estimate;

/**
 * One evaluation point of the demon table. Every column has a value (bits, or a ratio for σ and
 * the disentanglement scores; {@code NaN} where it does not apply, e.g. ΔI at the first point).
 * Columns that are measured (not derived) also have the full {@link Estimate} with its surrogate
 * baseline, interval and warnings.
 *
 * @param index the position t in the sequence
 * @param point the evaluation point's label
 */
public record FlowRow(int index, String point, Map<String, Double> values, Map<String, Estimate> estimates) {

    public FlowRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
    }

    public double value(String column) {
        Double v = values.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no column '" + column + "'; columns: " + values.keySet());
        }
        return v;
    }

    public Estimate estimate(String column) {
        return estimates.get(column);
    }
}
