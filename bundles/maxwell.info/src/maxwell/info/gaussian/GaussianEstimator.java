package maxwell.info.gaussian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.estimate.Units;
import maxwell.info.significance.Resampling;
import maxwell.info.significance.Significance;
import maxwell.info.significance.SignificanceSettings;

/**
 * The Gaussian (covariance) estimator: the MI of jointly Gaussian variables with the sample
 * covariance (Cover &amp; Thomas, Elements of Information Theory, eq. 8.56 via h = ½ ln((2πe)^d |Σ|)):
 *
 * <pre>
 *   I(X;Y)   = ½ ln( |Σ_X| |Σ_Y| / |Σ_XY| )
 *   I(X;Y|Z) = ½ ln( |Σ_XZ| |Σ_YZ| / (|Σ_Z| |Σ_XYZ|) )
 * </pre>
 *
 * Exact for Gaussian data (up to sampling error); for other data it measures only linear
 * dependence, a lower bound on the MI of a distribution with the same covariance.
 */
public final class GaussianEstimator {

    public static final String NAME = "Gaussian";

    public Estimate mutualInformation(double[][] x, double[][] y, SignificanceSettings settings) {
        int dx = Matrices.checkSamples(x, "X");
        int dy = Matrices.checkSamples(y, "Y");
        Matrices.checkSameLength(x.length, y.length, "X and Y");
        int n = x.length;
        checkSamples(n, dx + dy);
        double bits = bits(x, y);
        Estimate e = Estimate.plain(bits, NAME, n, Map.of(), warnings(bits, n, dx + dy));
        return Significance.attach(e, n, (xr, yr) -> bits(Matrices.rows(x, xr), Matrices.rows(y, yr)), settings,
                Resampling.BOOTSTRAP);
    }

    public Estimate conditionalMutualInformation(double[][] x, double[][] y, double[][] z, SignificanceSettings settings) {
        int dx = Matrices.checkSamples(x, "X");
        int dy = Matrices.checkSamples(y, "Y");
        int dz = Matrices.checkSamples(z, "Z");
        Matrices.checkSameLength(x.length, y.length, "X and Y");
        Matrices.checkSameLength(x.length, z.length, "X and Z");
        int n = x.length;
        checkSamples(n, dx + dy + dz);
        double bits = conditionalBits(x, y, z);
        Estimate e = Estimate.plain(bits, NAME + " conditional", n, new LinkedHashMap<>(), warnings(bits, n, dx + dy + dz));
        return Significance.attach(e, n, (xr, yr) -> conditionalBits(Matrices.rows(x, xr), Matrices.rows(y, yr),
                Matrices.rows(z, xr)), settings, Resampling.BOOTSTRAP);
    }

    private static void checkSamples(int n, int d) {
        if (n < d + 2) {
            throw new IllegalArgumentException("the Gaussian estimator needs more samples (" + n + ") than dimensions + 1 (" + (d + 1) + ")");
        }
    }

    private static List<String> warnings(double bits, int n, int d) {
        List<String> w = new ArrayList<>();
        if (Double.isInfinite(bits) || Double.isNaN(bits)) {
            w.add("singular covariance (constant or linearly dependent columns): the Gaussian MI is unbounded");
        }
        if (n < 10 * d) {
            w.add("N=" + n + " < 10·d=" + (10 * d) + ": the sample covariance is noisy and the estimate biased upwards");
        }
        w.add("measures linear (Gaussian) dependence only");
        return w;
    }

    public static double bits(double[][] x, double[][] y) {
        double lx = Covariance.logDet(Covariance.of(x));
        double ly = Covariance.logDet(Covariance.of(y));
        double lxy = Covariance.logDet(Covariance.of(Matrices.concatColumns(x, y)));
        return Units.natsToBits(0.5 * (lx + ly - lxy));
    }

    public static double conditionalBits(double[][] x, double[][] y, double[][] z) {
        double lxz = Covariance.logDet(Covariance.of(Matrices.concatColumns(x, z)));
        double lyz = Covariance.logDet(Covariance.of(Matrices.concatColumns(y, z)));
        double lz = Covariance.logDet(Covariance.of(z));
        double lxyz = Covariance.logDet(Covariance.of(Matrices.concatColumns(x, y, z)));
        return Units.natsToBits(0.5 * (lxz + lyz - lz - lxyz));
    }
}
