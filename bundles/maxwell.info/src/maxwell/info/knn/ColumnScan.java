package maxwell.info.knn;

/**
 * Exact max-norm distances from one sample to all samples, for a variable stored column by column
 * (column-major). Each column is one contiguous loop the JIT turns into SIMD instructions; this is
 * the high-dimension path of the kNN estimators (see {@link NeighbourSearch}).
 */
public final class ColumnScan {

    private static final int TILE = 1024;

    private final double[][] columns;
    private final int size;

    /** @param rows samples (rows = samples) */
    public ColumnScan(double[][] rows) {
        int d = rows[0].length;
        size = rows.length;
        columns = new double[d][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < d; j++) {
                columns[j][i] = rows[i][j];
            }
        }
    }

    public int size() {
        return size;
    }

    /** {@code out[j]} = max-norm distance between sample i and sample j. */
    public void distancesFrom(int i, double[] out) {
        // Tiled: a tile of the output stays in L1 cache while every column passes over it, so the
        // output is written to memory once instead of once per column (≈2-3× fewer bytes moved).
        for (int from = 0; from < size; from += TILE) {
            int to = Math.min(size, from + TILE);
            java.util.Arrays.fill(out, from, to, 0.0);
            for (double[] c : columns) {
                double q = c[i];
                for (int j = from; j < to; j++) {
                    out[j] = Math.max(out[j], Math.abs(c[j] - q));
                }
            }
        }
    }

    /** k-th smallest of {@code d[j]} over j ≠ exclude (and, if {@code labels} given, labels[j] == label). */
    public static double kthSmallest(double[] d, int n, int k, int exclude, int[] labels, int label, double[] best) {
        java.util.Arrays.fill(best, 0, k, Double.POSITIVE_INFINITY);
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double v = d[j];
            if (v < worst && j != exclude && (labels == null || labels[j] == label)) {
                int at = k - 1;
                while (at > 0 && best[at - 1] > v) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = v;
                worst = best[k - 1];
            }
        }
        return worst;
    }

    /** Number of j with d[j] &lt; r ({@code inclusive}: ≤ r), the sample itself included. */
    public static int countBelow(double[] d, int n, double r, boolean inclusive) {
        int c = 0;
        if (inclusive) {
            for (int j = 0; j < n; j++) {
                c += d[j] <= r ? 1 : 0;
            }
        } else {
            for (int j = 0; j < n; j++) {
                c += d[j] < r ? 1 : 0;
            }
        }
        return c;
    }

    /** out[j] = max(a[j], b[j]). */
    public static void max(double[] a, double[] b, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            out[j] = Math.max(a[j], b[j]);
        }
    }

    /** k-th smallest of max(a[j], b[j]) over j ≠ exclude, without materialising the joint distances. */
    public static double kthSmallestOfMax(double[] a, double[] b, int n, int k, int exclude, double[] best) {
        java.util.Arrays.fill(best, 0, k, Double.POSITIVE_INFINITY);
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double v = Math.max(a[j], b[j]);
            if (v < worst && j != exclude) {
                int at = k - 1;
                while (at > 0 && best[at - 1] > v) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = v;
                worst = best[k - 1];
            }
        }
        return worst;
    }

    /** Numbers of j with a[j] &lt; r and with b[j] &lt; r, in one pass: {@code {count a, count b}}. */
    public static long countBothBelow(double[] a, double[] b, int n, double r) {
        int ca = 0;
        int cb = 0;
        for (int j = 0; j < n; j++) {
            ca += a[j] < r ? 1 : 0;
            cb += b[j] < r ? 1 : 0;
        }
        return ((long) ca << 32) | cb;
    }
}
