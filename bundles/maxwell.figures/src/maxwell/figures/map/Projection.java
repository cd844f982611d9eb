package maxwell.figures.map;

/**
 * A 2-D principal-component projection, fitted once (on one snapshot of a run) and then applied
 * to every snapshot, so the frames of a partition map share their axes.
 */
public final class Projection {

    private static final int ITERATIONS = 200;

    private final double[] mean;
    private final double[][] components;

    private Projection(double[] mean, double[][] components) {
        this.mean = mean;
        this.components = components;
    }

    /** The first two principal axes of the rows (power iteration with deflation: dimensions are small). */
    public static Projection fit(double[][] rows) {
        int d = rows[0].length;
        double[] mean = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / rows.length;
            }
        }
        double[][] cov = new double[d][d];
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                double a = row[i] - mean[i];
                for (int j = 0; j < d; j++) {
                    cov[i][j] += a * (row[j] - mean[j]) / Math.max(1, rows.length - 1);
                }
            }
        }
        double[][] components = new double[2][];
        for (int c = 0; c < 2; c++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = 1.0 / Math.sqrt(d) + (j == c ? 0.5 : 0); // deterministic start, not orthogonal to any axis
            }
            double eigen = 0;
            for (int it = 0; it < ITERATIONS; it++) {
                double[] next = multiply(cov, v);
                double norm = Math.sqrt(dot(next, next));
                if (norm == 0) {
                    break;
                }
                for (int j = 0; j < d; j++) {
                    next[j] /= norm;
                }
                v = next;
                eigen = norm;
            }
            components[c] = d == 1 && c == 1 ? new double[] { 0 } : v;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i][j] -= eigen * v[i] * v[j];
                }
            }
        }
        return new Projection(mean, components);
    }

    public double[][] apply(double[][] rows) {
        double[][] out = new double[rows.length][2];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < 2; c++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (rows[i][j] - mean[j]) * components[c][j];
                }
                out[i][c] = s;
            }
        }
        return out;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(m[i], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
