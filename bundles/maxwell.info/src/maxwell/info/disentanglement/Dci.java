package maxwell.info.disentanglement;

import maxwell.info.estimate.Matrices;
import maxwell.info.probe.LabelIndex;
import maxwell.info.probe.LogisticRegression;
import maxwell.info.significance.Seeds;

/**
 * DCI: Disentanglement, Completeness, Informativeness (Eastwood &amp; Williams, "A Framework for the
 * Quantitative Evaluation of Disentangled Representations", ICLR 2018).
 *
 * <p><b>Importance model (documented choice).</b> The paper uses lasso or random forests;
 * disentanglement_lib uses gradient-boosted trees. Maxwell uses one multinomial logistic regression
 * per factor on standardised codes (the same probe as {@code maxwell.info.probe}, trained on 70%
 * of the samples with a seeded split): the importance R[j][k] of code dimension j for factor k is
 * the mean over classes of |w_cj|, the absolute standardised weight. This only sees linearly
 * decodable structure, so values are not numerically comparable with tree-based DCI.
 *
 * <ul>
 * <li>Disentanglement of code j: D_j = 1 − H_K(P_j·), P_jk = R_jk / Σ_k R_jk, entropy with log
 * base K (number of factors); overall D = Σ_j ρ_j D_j with ρ_j = Σ_k R_jk / Σ_jk R_jk.</li>
 * <li>Completeness of factor k: C_k = 1 − H_J(P̃_·k), P̃_jk = R_jk / Σ_j R_jk, log base J (code
 * dimensions); overall C = mean over factors.</li>
 * <li>Informativeness: mean held-out accuracy of the per-factor probes.</li>
 * </ul>
 */
public final class Dci {

    private Dci() {
    }

    public static DciResult score(double[][] codes, int[][] factors, long seed) {
        int d = Matrices.checkSamples(codes, "codes");
        Matrices.checkSameLength(codes.length, factors.length, "codes and factors");
        int n = codes.length;
        int f = factors[0].length;
        int[] order = Seeds.permutation(n, Seeds.stream(seed, 0));
        int train = (int) Math.round(n * 0.7);
        double[][] xTrain = new double[train][];
        double[][] xTest = new double[n - train][];
        for (int i = 0; i < n; i++) {
            if (i < train) {
                xTrain[i] = codes[order[i]];
            } else {
                xTest[i - train] = codes[order[i]];
            }
        }
        double[][] importance = new double[d][f];
        double informativeness = 0;
        for (int k = 0; k < f; k++) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = factors[i][k];
            }
            LabelIndex index = new LabelIndex(v);
            int[] y = index.indices(v);
            int[] yTrain = new int[train];
            int[] yTest = new int[n - train];
            for (int i = 0; i < n; i++) {
                if (i < train) {
                    yTrain[i] = y[order[i]];
                } else {
                    yTest[i - train] = y[order[i]];
                }
            }
            LogisticRegression model = LogisticRegression.fit(xTrain, yTrain, index.classes(), 1e-3, 300);
            informativeness += model.accuracy(xTest, yTest);
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int c = 0; c < index.classes(); c++) {
                    s += Math.abs(model.standardisedWeight(c, j));
                }
                importance[j][k] = s / index.classes();
            }
        }
        return fromImportance(importance, informativeness / f);
    }

    /** D and C from an importance matrix [code dimension][factor]. */
    public static DciResult fromImportance(double[][] r, double informativeness) {
        int d = r.length;
        int f = r[0].length;
        double total = 0;
        for (double[] row : r) {
            for (double v : row) {
                total += v;
            }
        }
        double disentanglement = 0;
        for (int j = 0; j < d; j++) {
            double rowSum = 0;
            for (double v : r[j]) {
                rowSum += v;
            }
            if (rowSum <= 0) {
                continue;
            }
            double h = 0;
            for (double v : r[j]) {
                double p = v / rowSum;
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            double dj = f > 1 ? 1 - h / Math.log(f) : 1;
            disentanglement += (rowSum / total) * dj;
        }
        double completeness = 0;
        for (int k = 0; k < f; k++) {
            double colSum = 0;
            for (int j = 0; j < d; j++) {
                colSum += r[j][k];
            }
            double h = 0;
            for (int j = 0; j < d; j++) {
                double p = colSum > 0 ? r[j][k] / colSum : 0;
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            completeness += d > 1 ? 1 - h / Math.log(d) : 1;
        }
        return new DciResult(disentanglement, completeness / f, informativeness, r);
    }

    /** Scores in [0, 1] and the importance matrix [code dimension][factor] they came from. */
    public record DciResult(double disentanglement, double completeness, double informativeness, double[][] importance) {
    }
}
