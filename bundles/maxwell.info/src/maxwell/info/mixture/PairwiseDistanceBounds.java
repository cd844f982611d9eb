package maxwell.info.mixture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.estimate.Units;

/**
 * Pairwise-distance bounds on the entropy of a mixture (Kolchinsky &amp; Tracey, "Estimating Mixture
 * Entropy with Pairwise Distances", Entropy 19(7):361, 2017), applied to I(X;Z) = H(Z) − H(Z|X)
 * of an encoder with p(z|x_i) = N(μ_i, diag σ²_i), x_i uniform over the N probe samples
 * (their eq. 9 with the component entropies cancelling):
 *
 * <pre>
 *   Î_D = −(1/N) Σ_i ln (1/N) Σ_j exp(−D(p_i ‖ p_j))
 * </pre>
 *
 * With D = Kullback–Leibler divergence Î is an upper bound; with D = Bhattacharyya distance a
 * lower bound (their Theorems 2 and 3). Both lie in [0, ln N].
 *
 * <p>A deterministic encoder has infinite I(X;Z); following Saxe et al. (ICLR 2018) it is measured
 * as if Gaussian noise of a stated variance were added to its code: σ²_i = noise variance for all
 * i. The result then depends on that variance, which is reported as a parameter.
 *
 * <p>Cost O(N² d); surrogates do not apply (there is no pairing to destroy).
 */
public final class PairwiseDistanceBounds {

    public static final String UPPER = "Kolchinsky-Tracey upper (KL)";
    public static final String LOWER = "Kolchinsky-Tracey lower (Bhattacharyya)";

    private PairwiseDistanceBounds() {
    }

    /** Gaussian encoder: per-sample means and (diagonal) variances. */
    public static MixtureBounds gaussianEncoder(double[][] means, double[][] variances) {
        int d = Matrices.checkSamples(means, "means");
        int dv = Matrices.checkSamples(variances, "variances");
        Matrices.checkSameLength(means.length, variances.length, "means and variances");
        if (d != dv) {
            throw new IllegalArgumentException("means have " + d + " dimensions, variances " + dv);
        }
        for (double[] row : variances) {
            for (double v : row) {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("variances must be > 0, got " + v);
                }
            }
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("encoder", "gaussian");
        return bounds(means, variances, p);
    }

    /** Deterministic encoder measured with added isotropic Gaussian noise of the given variance. */
    public static MixtureBounds deterministicEncoder(double[][] codes, double noiseVariance) {
        Matrices.checkSamples(codes, "codes");
        if (!(noiseVariance > 0) || Double.isInfinite(noiseVariance)) {
            throw new IllegalArgumentException("noise variance must be > 0 and finite, got " + noiseVariance);
        }
        double[][] variances = new double[codes.length][codes[0].length];
        for (double[] row : variances) {
            java.util.Arrays.fill(row, noiseVariance);
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("encoder", "deterministic");
        p.put("noiseVariance", Double.toString(noiseVariance));
        return bounds(codes, variances, p);
    }

    private static MixtureBounds bounds(double[][] mu, double[][] var, Map<String, String> parameters) {
        int n = mu.length;
        int d = mu[0].length;
        double[][] inverse = new double[n][d];
        double[] logDet = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                inverse[i][j] = 1.0 / var[i][j];
                logDet[i] += Math.log(var[i][j]);
            }
        }
        double[] upperTerms = new double[n];
        double[] lowerTerms = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] kl = new double[n];
            double[] bh = new double[n];
            for (int j = 0; j < n; j++) {
                kl[j] = -kullbackLeibler(mu[i], var[i], logDet[i], mu[j], var[j], inverse[j], logDet[j]);
                bh[j] = -bhattacharyya(mu[i], var[i], logDet[i], mu[j], var[j], logDet[j]);
            }
            upperTerms[i] = logMeanExp(kl);
            lowerTerms[i] = logMeanExp(bh);
        });
        double upper = 0;
        double lower = 0;
        for (int i = 0; i < n; i++) {
            upper -= upperTerms[i];
            lower -= lowerTerms[i];
        }
        upper = Units.natsToBits(upper / n);
        lower = Units.natsToBits(lower / n);
        List<String> warnings = new ArrayList<>();
        double cap = Units.natsToBits(Math.log(n));
        if (lower > 0.95 * cap) {
            warnings.add(String.format(Locale.ROOT,
                    "the bounds are near their ceiling log2(N)=%.2f bits: components barely overlap, the value measures N more than the encoder",
                    cap));
        }
        return new MixtureBounds(Estimate.plain(lower, LOWER, n, parameters, warnings),
                Estimate.plain(upper, UPPER, n, parameters, warnings));
    }

    /** KL(N(μa, diag va) ‖ N(μb, diag vb)) in nats. */
    static double kullbackLeibler(double[] ma, double[] va, double logDetA, double[] mb, double[] vb, double[] invB,
            double logDetB) {
        double s = 0;
        for (int j = 0; j < ma.length; j++) {
            double e = mb[j] - ma[j];
            s += (va[j] + e * e) * invB[j];
        }
        return 0.5 * (s - ma.length + logDetB - logDetA);
    }

    /** Bhattacharyya distance between two diagonal Gaussians in nats. */
    static double bhattacharyya(double[] ma, double[] va, double logDetA, double[] mb, double[] vb, double logDetB) {
        double quad = 0;
        double logDetMean = 0;
        for (int j = 0; j < ma.length; j++) {
            double v = 0.5 * (va[j] + vb[j]);
            double e = ma[j] - mb[j];
            quad += e * e / v;
            logDetMean += Math.log(v);
        }
        return 0.125 * quad + 0.5 * (logDetMean - 0.5 * (logDetA + logDetB));
    }

    /** ln((1/N) Σ exp(a_j)), stable. */
    static double logMeanExp(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double s = 0;
        for (double v : a) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s / a.length);
    }
}
