package maxwell.info.estimate;

/**
 * The estimator's values on permutation surrogates: the same data with the pairing between the
 * two variables destroyed by shuffling, so the true MI of every surrogate is 0. What the estimator
 * reports on them is its bias and noise floor for this N and dimension.
 *
 * @param count S, the number of surrogates (0: not computed)
 * @param mean mean surrogate value in bits
 * @param percentile95 95th percentile of the surrogate values in bits
 */
public record SurrogateBaseline(int count, double mean, double percentile95) {

    public static final SurrogateBaseline NONE = new SurrogateBaseline(0, Double.NaN, Double.NaN);
}
