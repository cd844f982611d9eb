package maxwell.info.significance;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Interval;
import maxwell.info.estimate.SurrogateBaseline;

/**
 * Attaches a permutation-surrogate baseline and a resampling interval to an estimate.
 *
 * <p>Surrogates: Y is shuffled against X (and against the conditioning variable, if any), which
 * makes the true (conditional) MI 0 while keeping both marginals; the estimator's values on S such
 * surrogates are its null distribution (Schreiber 2000 for the surrogate idea; for conditional MI
 * this is the simple, slightly conservative global shuffle, not a local permutation).
 */
public final class Significance {

    private Significance() {
    }

    public static Estimate attach(Estimate estimate, int n, PairedStatistic statistic, SignificanceSettings settings,
            Resampling resampling) {
        SurrogateBaseline baseline = surrogates(n, statistic, settings);
        Interval interval = interval(estimate.bits(), n, statistic, settings, resampling);
        return estimate.withSignificance(baseline, interval);
    }

    public static SurrogateBaseline surrogates(int n, PairedStatistic statistic, SignificanceSettings settings) {
        int s = settings.surrogates();
        if (s == 0) {
            return SurrogateBaseline.NONE;
        }
        int[] identity = Seeds.identity(n);
        double[] values = new double[s];
        IntStream range = IntStream.range(0, s);
        (settings.parallel() ? range.parallel() : range).forEach(i -> {
            SplittableRandom random = Seeds.stream(settings.seed(), i);
            values[i] = statistic.bits(identity, Seeds.permutation(n, random));
        });
        double mean = Arrays.stream(values).sum() / s;
        return new SurrogateBaseline(s, mean, quantile(values, 0.95));
    }

    public static Interval interval(double estimate, int n, PairedStatistic statistic, SignificanceSettings settings,
            Resampling resampling) {
        int b = settings.bootstrapResamples();
        if (b == 0) {
            return Interval.NONE;
        }
        int m = resampling == Resampling.BOOTSTRAP ? n : n / 2;
        double[] values = new double[b];
        IntStream range = IntStream.range(0, b);
        (settings.parallel() ? range.parallel() : range).forEach(i -> {
            // stream ids above 2^32 keep resamples independent of surrogates of the same seed
            SplittableRandom random = Seeds.stream(settings.seed(), (1L << 32) + i);
            int[] rows = new int[m];
            if (resampling == Resampling.BOOTSTRAP) {
                for (int r = 0; r < m; r++) {
                    rows[r] = random.nextInt(n);
                }
            } else {
                int[] p = Seeds.permutation(n, random);
                System.arraycopy(p, 0, rows, 0, m);
                Arrays.sort(rows);
            }
            values[i] = statistic.bits(rows, rows);
        });
        double mean = Arrays.stream(values).sum() / b;
        double scale = resampling == Resampling.BOOTSTRAP ? 1.0 : Math.sqrt((double) m / n);
        double lo = estimate + scale * (quantile(values, 0.025) - mean);
        double hi = estimate + scale * (quantile(values, 0.975) - mean);
        return new Interval(lo, hi, 0.95, b, resampling.description());
    }

    /** Linear-interpolation quantile (type 7, as R and NumPy default). */
    public static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
