package maxwell.info.gaussian;

/** Sample covariance and its log-determinant (Cholesky), the ingredients of the Gaussian estimator. */
public final class Covariance {

    private Covariance() {
    }

    /** Unbiased sample covariance of the rows of {@code x}. */
    public static double[][] of(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] c = new double[d][d];
        double[] e = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                e[j] = row[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ea = e[a];
                for (int b = 0; b <= a; b++) {
                    c[a][b] += ea * e[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                c[a][b] /= (n - 1);
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /**
     * ln det of a symmetric positive-definite matrix by Cholesky: 2 Σ ln L_ii. Returns −∞ when the
     * matrix is singular (e.g. a constant or duplicated column).
     */
    public static double logDet(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        double logDet = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 1e-300)) {
                        return Double.NEGATIVE_INFINITY;
                    }
                    l[i][i] = Math.sqrt(s);
                    logDet += Math.log(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return logDet;
    }
}
