package maxwell.info.knn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pitfalls of kNN information estimators, worded for the people who read the numbers. */
public final class NeighbourWarnings {

    private NeighbourWarnings() {
    }

    /**
     * kNN estimators are biased downwards when the joint dimension is large for the sample size
     * (the k-th neighbour is no longer local; Kraskov et al. 2004 §IV; Gao, Ver Steeg &amp; Galstyan
     * 2015 show the samples needed grow exponentially with the MI). Rule of thumb used here: warn
     * when N &lt; 2^d for the joint dimension d.
     */
    public static List<String> forShape(int samples, int jointDimension, int k, int constantColumns) {
        List<String> w = new ArrayList<>();
        if (jointDimension > Math.log(samples) / Math.log(2)) {
            w.add(String.format(Locale.ROOT,
                    "joint dimension %d is high for N=%d (N < 2^d): kNN estimates are biased downwards, most for large MI",
                    jointDimension, samples));
        }
        if (constantColumns > 0) {
            w.add(constantColumns + " constant column(s): they carry no information");
        }
        if (k > samples / 10) {
            w.add("k=" + k + " is large for N=" + samples + ": neighbourhoods are not local");
        }
        return w;
    }

    public static List<String> forValue(double bits, int tiedSamples, int samples) {
        List<String> w = new ArrayList<>();
        if (bits < 0) {
            w.add("negative raw estimate (estimator bias/variance; true MI is ≥ 0): reported as computed, not clipped");
        }
        if (tiedSamples > 0) {
            w.add(String.format(Locale.ROOT,
                    "%d of %d samples have a duplicate at distance 0: kNN estimators assume continuous data; add jitter or use a discrete estimator",
                    tiedSamples, samples));
        }
        return w;
    }
}
