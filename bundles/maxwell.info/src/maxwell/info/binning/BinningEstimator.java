package maxwell.info.binning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.info.estimate.Entropy;
import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.significance.Resampling;
import maxwell.info.significance.Significance;
import maxwell.info.significance.SignificanceSettings;

/**
 * The binning (histogram, plug-in) estimator of information-plane papers (Shwartz-Ziv &amp; Tishby
 * 2017): discretise each dimension into bins, then I = H(X_b) + H(Y_b) − H(X_b, Y_b) with
 * maximum-likelihood entropies. Biased upwards when the number of occupied joint bins is not
 * small compared with N (Paninski 2003); for a deterministic network with fine bins it measures
 * the bin resolution more than the information (Saxe et al. 2018).
 */
public final class BinningEstimator {

    public static final String NAME = "Binning";

    private final int bins;
    private final BinningScheme scheme;

    public BinningEstimator(int bins, BinningScheme scheme) {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be ≥ 2, got " + bins);
        }
        this.bins = bins;
        this.scheme = scheme;
    }

    /** Both variables continuous: both are binned. */
    public Estimate mutualInformation(double[][] x, double[][] y, SignificanceSettings settings) {
        Matrices.checkSamples(x, "X");
        Matrices.checkSamples(y, "Y");
        Matrices.checkSameLength(x.length, y.length, "X and Y");
        return discrete(Discretizer.symbols(Discretizer.bin(x, bins, scheme)),
                Discretizer.symbols(Discretizer.bin(y, bins, scheme)), settings);
    }

    /** A continuous code against a discrete label: only the code is binned. */
    public Estimate mutualInformation(double[][] x, int[] labels, SignificanceSettings settings) {
        Matrices.checkSamples(x, "X");
        Matrices.checkSameLength(x.length, labels.length, "X and labels");
        return discrete(Discretizer.symbols(Discretizer.bin(x, bins, scheme)), labels, settings);
    }

    private Estimate discrete(int[] a, int[] b, SignificanceSettings settings) {
        int n = a.length;
        double bits = plugInBits(a, b);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("bins", Integer.toString(bins));
        parameters.put("scheme", scheme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        List<String> warnings = new ArrayList<>();
        int occupied = Entropy.distinct(pairs(a, b));
        if (occupied > n / 5) {
            warnings.add("occupied joint bins (" + occupied + ") are not few compared with N=" + n
                    + ": the plug-in estimate is biased upwards");
        }
        Estimate e = Estimate.plain(bits, NAME, n, parameters, warnings);
        return Significance.attach(e, n, (ar, br) -> plugInBits(Matrices.entries(a, ar), Matrices.entries(b, br)),
                settings, Resampling.BOOTSTRAP);
    }

    /** I = H(A) + H(B) − H(A,B), plug-in, in bits. */
    public static double plugInBits(int[] a, int[] b) {
        return Entropy.ofLabels(a) + Entropy.ofLabels(b) - Entropy.ofLabels(pairs(a, b));
    }

    private static int[] pairs(int[] a, int[] b) {
        Map<Long, Integer> ids = new HashMap<>();
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            long key = ((long) a[i] << 32) ^ (b[i] & 0xffffffffL);
            out[i] = ids.computeIfAbsent(key, s -> ids.size());
        }
        return out;
    }
}
