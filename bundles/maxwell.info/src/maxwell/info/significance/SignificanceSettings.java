package maxwell.info.significance;

/**
 * How much significance analysis to attach to an estimate.
 *
 * @param surrogates S, number of permutation surrogates (0: none)
 * @param bootstrapResamples number of resamples for the interval (0: none)
 * @param seed the seed every random choice derives from; results depend on it and on nothing else
 *        (not on the number of threads)
 * @param parallel whether surrogates and resamples may run on several cores
 */
public record SignificanceSettings(int surrogates, int bootstrapResamples, long seed, boolean parallel) {

    public static final SignificanceSettings NONE = new SignificanceSettings(0, 0, 1L, false);

    public SignificanceSettings {
        if (surrogates < 0 || bootstrapResamples < 0) {
            throw new IllegalArgumentException("surrogates and resamples must be ≥ 0");
        }
    }

    public static SignificanceSettings of(int surrogates, int bootstrapResamples, long seed) {
        return new SignificanceSettings(surrogates, bootstrapResamples, seed, true);
    }

    public SignificanceSettings sequential() {
        return new SignificanceSettings(surrogates, bootstrapResamples, seed, false);
    }

    public SignificanceSettings withSeed(long newSeed) {
        return new SignificanceSettings(surrogates, bootstrapResamples, newSeed, parallel);
    }
}
