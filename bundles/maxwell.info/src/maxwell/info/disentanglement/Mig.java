package maxwell.info.disentanglement;

import maxwell.info.binning.BinningEstimator;
import maxwell.info.binning.BinningScheme;
import maxwell.info.binning.Discretizer;
import maxwell.info.estimate.Entropy;
import maxwell.info.estimate.Matrices;

/**
 * Mutual Information Gap (Chen et al., "Isolating Sources of Disentanglement in VAEs", NeurIPS
 * 2018, eq. 6): for each ground-truth factor v_k, the gap between the largest and second-largest
 * I(z_j; v_k) over single code dimensions j, divided by H(v_k); MIG is the mean over factors.
 *
 * <p>As in disentanglement_lib (Locatello et al. 2019), each code dimension is discretised into
 * equal-width bins (20 by default) and MI is the plug-in histogram estimate, so numbers are
 * comparable with published ones.
 */
public final class Mig {

    public static final int DEFAULT_BINS = 20;

    private Mig() {
    }

    /**
     * @param codes code dimensions as columns (rows = samples)
     * @param factors discrete ground-truth factors as columns (rows = samples)
     */
    public static MigResult score(double[][] codes, int[][] factors, int bins) {
        int d = Matrices.checkSamples(codes, "codes");
        Matrices.checkSameLength(codes.length, factors.length, "codes and factors");
        int n = codes.length;
        int f = factors[0].length;
        int[][] binned = Discretizer.bin(codes, bins, BinningScheme.EQUAL_WIDTH);
        double[][] mi = new double[d][f];
        double[] gaps = new double[f];
        double sum = 0;
        for (int k = 0; k < f; k++) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = factors[i][k];
            }
            double h = Entropy.ofLabels(v);
            double first = 0;
            double second = 0;
            for (int j = 0; j < d; j++) {
                int[] zj = new int[n];
                for (int i = 0; i < n; i++) {
                    zj[i] = binned[i][j];
                }
                mi[j][k] = BinningEstimator.plugInBits(zj, v);
                if (mi[j][k] > first) {
                    second = first;
                    first = mi[j][k];
                } else if (mi[j][k] > second) {
                    second = mi[j][k];
                }
            }
            gaps[k] = h > 0 ? (first - second) / h : 0;
            sum += gaps[k];
        }
        return new MigResult(sum / f, gaps, mi);
    }

    /**
     * @param mig the mean normalised gap, in [0, 1]
     * @param gapPerFactor the normalised gap of each factor
     * @param mutualInformation I(z_j; v_k) in bits, [code dimension][factor]
     */
    public record MigResult(double mig, double[] gapPerFactor, double[][] mutualInformation) {
    }
}
