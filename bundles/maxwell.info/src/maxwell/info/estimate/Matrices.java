package maxwell.info.estimate;

/** Small helpers on row-major sample matrices ({@code double[samples][dimensions]}). */
public final class Matrices {

    private Matrices() {
    }

    /** Checks a sample matrix is non-empty, rectangular and finite; returns its dimension. */
    public static int checkSamples(double[][] rows, String name) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(name + " has no samples");
        }
        int d = rows[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(name + " has no dimensions");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException(name + ": sample " + i + " has " + rows[i].length + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException(name + ": sample " + i + ", dimension " + j + " is " + rows[i][j]);
                }
            }
        }
        return d;
    }

    public static void checkSameLength(int n, int m, String what) {
        if (n != m) {
            throw new IllegalArgumentException(what + ": " + n + " vs " + m + " samples");
        }
    }

    /** The rows at the given indices (a view sharing the row arrays). */
    public static double[][] rows(double[][] data, int[] indices) {
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = data[indices[i]];
        }
        return out;
    }

    public static int[] entries(int[] data, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = data[indices[i]];
        }
        return out;
    }

    /** Side-by-side concatenation of the columns of several matrices with the same rows. */
    public static double[][] concatColumns(double[][]... parts) {
        int n = parts[0].length;
        int d = 0;
        for (double[][] p : parts) {
            d += p[0].length;
        }
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            int at = 0;
            for (double[][] p : parts) {
                System.arraycopy(p[i], 0, out[i], at, p[i].length);
                at += p[i].length;
            }
        }
        return out;
    }

    /** Labels as a one-column matrix. */
    public static double[][] column(int[] labels) {
        double[][] out = new double[labels.length][1];
        for (int i = 0; i < labels.length; i++) {
            out[i][0] = labels[i];
        }
        return out;
    }

    /**
     * Each column divided by its standard deviation (constant columns left as they are). kNN
     * estimators with one max-norm over several dimensions are not scale-invariant; unit variance
     * per column is the usual convention (Kraskov et al. 2004 §IV; also what scikit-learn does).
     *
     * @return a new matrix; {@code constantColumns[0]} receives the number of constant columns
     */
    public static double[][] unitVariance(double[][] x, int[] constantColumns) {
        int n = x.length;
        int d = x[0].length;
        double[] scale = new double[d];
        int constant = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double var = 0;
            for (double[] row : x) {
                double e = row[j] - mean;
                var += e * e;
            }
            double sd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
            if (sd > 0) {
                scale[j] = 1.0 / sd;
            } else {
                scale[j] = 1.0;
                constant++;
            }
        }
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = x[i][j] * scale[j];
            }
        }
        if (constantColumns != null && constantColumns.length > 0) {
            constantColumns[0] = constant;
        }
        return out;
    }
}
