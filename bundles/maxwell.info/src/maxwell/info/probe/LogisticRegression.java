package maxwell.info.probe;

/**
 * Multinomial logistic regression (softmax), plain Java: full-batch gradient descent with
 * Nesterov momentum on standardised inputs, L2 penalty on the weights. Small, deterministic
 * (no random initialisation: weights start at 0, the problem is convex).
 */
public final class LogisticRegression {

    private final int classes;
    private final int dim;
    private final double[] mean;
    private final double[] scale;
    /** weights[c][j] on standardised inputs; bias[c]. */
    private final double[][] weights;
    private final double[] bias;

    private LogisticRegression(int classes, int dim, double[] mean, double[] scale, double[][] weights, double[] bias) {
        this.classes = classes;
        this.dim = dim;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param x inputs (rows = samples)
     * @param y class indices in [0, classes)
     * @param l2 penalty λ in λ/2 ‖W‖² added to the mean cross-entropy
     * @param iterations gradient steps
     */
    public static LogisticRegression fit(double[][] x, int[] y, int classes, double l2, int iterations) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double e = row[j] - mean[j];
                scale[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / Math.max(n - 1, 1));
            scale[j] = sd > 0 ? 1.0 / sd : 0.0;
        }
        double[][] xs = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xs[i][j] = (x[i][j] - mean[j]) * scale[j];
            }
        }
        double[][] w = new double[classes][d];
        double[] b = new double[classes];
        double[][] vw = new double[classes][d];
        double[] vb = new double[classes];
        double[][] gw = new double[classes][d];
        double[] gb = new double[classes];
        double[][] look = new double[classes][d];
        double[] lookB = new double[classes];
        double[] p = new double[classes];
        // step 0.5 is safe for standardised inputs: the softmax CE Hessian is bounded by ½‖x‖² per sample
        double rate = 0.5 / Math.max(1.0, d / 4.0);
        double momentum = 0.9;
        for (int it = 0; it < iterations; it++) {
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < d; j++) {
                    look[c][j] = w[c][j] + momentum * vw[c][j];
                    gw[c][j] = l2 * look[c][j];
                }
                lookB[c] = b[c] + momentum * vb[c];
                gb[c] = 0;
            }
            for (int i = 0; i < n; i++) {
                probabilities(look, lookB, xs[i], p);
                p[y[i]] -= 1.0;
                for (int c = 0; c < classes; c++) {
                    double g = p[c] / n;
                    if (g == 0) {
                        continue;
                    }
                    double[] gwc = gw[c];
                    double[] row = xs[i];
                    for (int j = 0; j < d; j++) {
                        gwc[j] += g * row[j];
                    }
                    gb[c] += g;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < d; j++) {
                    vw[c][j] = momentum * vw[c][j] - rate * gw[c][j];
                    w[c][j] += vw[c][j];
                }
                vb[c] = momentum * vb[c] - rate * gb[c];
                b[c] += vb[c];
            }
        }
        return new LogisticRegression(classes, d, mean, scale, w, b);
    }

    private static void probabilities(double[][] w, double[] b, double[] xs, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = b[c];
            double[] wc = w[c];
            for (int j = 0; j < xs.length; j++) {
                s += wc[j] * xs[j];
            }
            out[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < w.length; c++) {
            out[c] /= sum;
        }
    }

    /** Class probabilities for one raw input. */
    public double[] predict(double[] x) {
        double[] xs = new double[dim];
        for (int j = 0; j < dim; j++) {
            xs[j] = (x[j] - mean[j]) * scale[j];
        }
        double[] p = new double[classes];
        probabilities(weights, bias, xs, p);
        return p;
    }

    /** Mean cross-entropy −⟨log2 p(y|x)⟩ in bits. Probabilities are floored at 1e-12. */
    public double crossEntropyBits(double[][] x, int[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s -= Math.log(Math.max(predict(x[i])[y[i]], 1e-12));
        }
        return s / x.length / Math.log(2);
    }

    public double accuracy(double[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = predict(x[i]);
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            if (best == y[i]) {
                right++;
            }
        }
        return (double) right / x.length;
    }

    /** Weight of input j for class c on the standardised scale (comparable across inputs). */
    public double standardisedWeight(int c, int j) {
        return weights[c][j];
    }

    public int classes() {
        return classes;
    }

    public int dimension() {
        return dim;
    }
}
