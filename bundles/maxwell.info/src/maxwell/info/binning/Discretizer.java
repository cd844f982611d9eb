package maxwell.info.binning;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Maps continuous samples to joint bin ids. */
public final class Discretizer {

    private Discretizer() {
    }

    /** Bin index per sample and column. */
    public static int[][] bin(double[][] x, int bins, BinningScheme scheme) {
        int n = x.length;
        int d = x[0].length;
        int[][] out = new int[n][d];
        for (int j = 0; j < d; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            double[] edges = scheme == BinningScheme.EQUAL_WIDTH ? widthEdges(column, bins) : massEdges(column, bins);
            for (int i = 0; i < n; i++) {
                // number of inner edges ≤ value = bin index
                int b = Arrays.binarySearch(edges, column[i]);
                b = b >= 0 ? upper(edges, b) : -b - 1;
                out[i][j] = Math.min(b, bins - 1);
            }
        }
        return out;
    }

    private static int upper(double[] edges, int found) {
        int b = found;
        while (b < edges.length && edges[b] <= edges[found]) {
            b++;
        }
        return b;
    }

    /** The bins − 1 inner edges of equal-width bins. */
    static double[] widthEdges(double[] column, int bins) {
        double min = Arrays.stream(column).min().orElse(0);
        double max = Arrays.stream(column).max().orElse(0);
        double[] edges = new double[bins - 1];
        for (int b = 1; b < bins; b++) {
            edges[b - 1] = min + (max - min) * b / bins;
        }
        return edges;
    }

    /** Inner edges at the b/bins quantiles, so each bin holds about N/bins samples (ties stay together). */
    static double[] massEdges(double[] column, int bins) {
        double[] sorted = column.clone();
        Arrays.sort(sorted);
        double[] edges = new double[bins - 1];
        for (int b = 1; b < bins; b++) {
            edges[b - 1] = sorted[(int) ((long) sorted.length * b / bins)];
        }
        return edges;
    }

    /** One symbol per sample for a tuple of bin indices (or labels). */
    public static int[] symbols(int[][] tuples) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            String key = Arrays.toString(tuples[i]);
            out[i] = ids.computeIfAbsent(key, s -> ids.size());
        }
        return out;
    }
}
