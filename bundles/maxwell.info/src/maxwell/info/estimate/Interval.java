package maxwell.info.estimate;

/**
 * A resampling interval around an estimate.
 *
 * @param low lower end in bits
 * @param high upper end in bits
 * @param level coverage, e.g. 0.95
 * @param resamples number of resamples (0: not computed)
 * @param method how it was obtained (see {@code maxwell.info.significance.Resampling})
 */
public record Interval(double low, double high, double level, int resamples, String method) {

    public static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN, 0, "none");
}
