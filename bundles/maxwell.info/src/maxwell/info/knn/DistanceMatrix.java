package maxwell.info.knn;

/**
 * All pairwise max-norm distances of one variable, computed once. Permutation surrogates and
 * resamples only re-index samples, so with the matrix each of them costs O(N²) look-ups instead
 * of O(N² d) arithmetic. The entries are computed exactly as {@link ColumnScan} computes them, so
 * estimates from the matrix are bit-identical to estimates on re-indexed data.
 *
 * <p>Memory is 8·N² bytes per variable; used only up to {@link #MAX_SAMPLES} samples.
 */
public final class DistanceMatrix {

    /** 3,000 samples: 72 MB per variable. */
    public static final int MAX_SAMPLES = 3000;

    private final double[][] distances;

    public DistanceMatrix(double[][] rows, boolean parallel) {
        int n = rows.length;
        ColumnScan scan = new ColumnScan(rows);
        distances = new double[n][];
        Blocks.forEach(n, parallel, (from, to) -> {
            for (int i = from; i < to; i++) {
                double[] d = new double[n];
                scan.distancesFrom(i, d);
                distances[i] = d;
            }
        });
    }

    /** Whether a matrix pays off: a scan-path estimate with repeated re-indexing, small enough N. */
    public static boolean worthwhile(int n, int repetitions) {
        return repetitions > 0 && n <= MAX_SAMPLES;
    }

    /** {@code out[b]} = distance between samples {@code rows[a]} and {@code rows[b]}, for b &lt; rows.length. */
    public void row(int[] rows, int a, double[] out) {
        double[] r = distances[rows[a]];
        for (int b = 0; b < rows.length; b++) {
            out[b] = r[rows[b]];
        }
    }
}
