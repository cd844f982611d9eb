package maxwell.info.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One information estimate in bits, with everything a reader needs to judge it: which estimator
 * produced it, on how many samples, with which parameters, how it compares with estimates on
 * shuffled data (the surrogate baseline), how much it moves under resampling (the interval), and
 * the estimator's known pitfalls that apply to this input (warnings).
 *
 * <p>Raw values are kept as computed: a negative kNN estimate stays negative and is flagged, it is
 * never clipped to 0.
 *
 * @param bits the estimate in bits
 * @param estimator short estimator name, e.g. {@code KSG-1}
 * @param samples N, the number of samples the estimate used
 * @param parameters estimator parameters by name (k, bins, noise variance, seed ...)
 * @param surrogates the permutation-surrogate baseline, {@link SurrogateBaseline#NONE} when not computed
 * @param interval the resampling interval, {@link Interval#NONE} when not computed
 * @param warnings human-readable pitfalls that apply to this estimate
 */
public record Estimate(double bits, String estimator, int samples, Map<String, String> parameters,
        SurrogateBaseline surrogates, Interval interval, List<String> warnings) {

    public Estimate {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        warnings = List.copyOf(warnings);
    }

    /** An estimate without significance analysis (no surrogates, no interval). */
    public static Estimate plain(double bits, String estimator, int samples, Map<String, String> parameters,
            List<String> warnings) {
        return new Estimate(bits, estimator, samples, parameters, SurrogateBaseline.NONE, Interval.NONE, warnings);
    }

    /**
     * True when the estimate is not above the 95th percentile of its surrogates: it cannot be told
     * apart from the value the estimator gives on independent data, i.e. from 0. False when no
     * surrogates were computed.
     */
    public boolean insideSurrogateBand() {
        return surrogates.count() > 0 && !(bits > surrogates.percentile95());
    }

    /** True when the raw value is below 0 (possible for kNN and probe estimates; true MI is ≥ 0). */
    public boolean negative() {
        return bits < 0;
    }

    public Estimate withSignificance(SurrogateBaseline baseline, Interval newInterval) {
        return new Estimate(bits, estimator, samples, parameters, baseline, newInterval, warnings);
    }

    public Estimate withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        for (String w : more) {
            if (!all.contains(w)) {
                all.add(w);
            }
        }
        return new Estimate(bits, estimator, samples, parameters, surrogates, interval, all);
    }

    /** One line for people: {@code 1.234 bits (KSG-1, N=2000, k=3; surrogates ...)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%.4f bits (%s, N=%d", bits, estimator, samples));
        parameters.forEach((k, v) -> s.append(", ").append(k).append('=').append(v));
        s.append(')');
        if (surrogates.count() > 0) {
            s.append(String.format(java.util.Locale.ROOT, "; surrogates: mean %.4f, 95%% %.4f (S=%d)", surrogates.mean(),
                    surrogates.percentile95(), surrogates.count()));
        }
        if (interval.resamples() > 0) {
            s.append(String.format(java.util.Locale.ROOT, "; 95%% interval [%.4f, %.4f]", interval.low(), interval.high()));
        }
        if (insideSurrogateBand()) {
            s.append("; not distinguishable from 0");
        }
        return s.toString();
    }
}
