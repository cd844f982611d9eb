package maxwell.info.estimate;

import java.util.HashMap;
import java.util.Map;

/** Plug-in (maximum-likelihood) entropies of discrete labels, in bits. */
public final class Entropy {

    private Entropy() {
    }

    /** H(label) = −Σ p log2 p over the empirical label distribution. */
    public static double ofLabels(int[] labels) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        return ofCounts(counts.values().stream().mapToInt(Integer::intValue).toArray(), labels.length);
    }

    public static double ofCounts(int[] counts, int total) {
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p);
            }
        }
        return Units.natsToBits(h);
    }

    /** Number of distinct labels. */
    public static int distinct(int[] labels) {
        return (int) java.util.Arrays.stream(labels).distinct().count();
    }
}
