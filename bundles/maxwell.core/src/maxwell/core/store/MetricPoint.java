package maxwell.core.store;

/** One measured value of a run: a metric at a step. */
public record MetricPoint(long step, double epoch, String metric, double value) {

    public MetricPoint {
        if (metric == null || metric.isBlank() || metric.contains(",") || metric.contains("\n")) {
            throw new IllegalArgumentException("a metric name must be non-empty and hold no comma or line break: '" + metric + "'");
        }
    }
}
