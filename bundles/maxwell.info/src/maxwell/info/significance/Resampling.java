package maxwell.info.significance;

/**
 * How the resampling interval is obtained.
 *
 * <p>kNN estimators break on the ordinary bootstrap: a resample with replacement contains exact
 * duplicates, whose neighbour distance is 0, which inflates the estimate (a duplicated point is its
 * own perfect predictor). For them Maxwell subsamples half the data without replacement and scales
 * the spread by √(m/N) (Politis &amp; Romano 1994, subsampling), centred on the full-sample estimate.
 * Plug-in estimators (Gaussian, binning, probe) use the ordinary bootstrap with replacement.
 *
 * <p>Either way the interval describes sampling variability around the estimate; it does not
 * cover an estimator's bias (that is what the surrogate baseline and the warnings are for).
 */
public enum Resampling {

    /** Ordinary bootstrap: N rows drawn with replacement. */
    BOOTSTRAP("bootstrap (with replacement), centred percentile"),

    /** m = N/2 rows without replacement, spread scaled by √(m/N). */
    HALF_SUBSAMPLING("subsampling m=N/2 without replacement, centred, scaled by sqrt(m/N)");

    private final String description;

    Resampling(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
