package maxwell.info.mixed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import maxwell.info.estimate.Digamma;
import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.estimate.Units;
import maxwell.info.knn.Blocks;
import maxwell.info.knn.ColumnScan;
import maxwell.info.knn.KdTree;
import maxwell.info.knn.NeighbourSearch;
import maxwell.info.knn.NeighbourWarnings;
import maxwell.info.significance.Resampling;
import maxwell.info.significance.Significance;
import maxwell.info.significance.SignificanceSettings;

/**
 * Mutual information between a continuous code and a discrete label, the nearest-neighbour
 * estimator of Ross (PLoS ONE 9(2): e87357, 2014, eq. 2):
 *
 * <pre>
 *   I(Z;L) = ψ(N) − ⟨ψ(N_l)⟩ + ψ(k) − ⟨ψ(m)⟩
 * </pre>
 *
 * For sample i with label l: d_i is the distance to its k-th nearest neighbour among the N_l
 * samples with the same label, and m_i the number of samples of any label within d_i (including
 * that k-th neighbour, excluding i). Max-norm, columns scaled to unit variance.
 *
 * <p>Labels seen once are dropped (no neighbour of the same label exists); labels seen at most k
 * times use k = N_l − 1 for their samples. Both are reported as warnings.
 */
public final class RossEstimator {

    public static final String NAME = "Ross-kNN";

    private final int k;
    private final NeighbourSearch search;

    public RossEstimator(int k) {
        this(k, NeighbourSearch.AUTO);
    }

    public RossEstimator(int k, NeighbourSearch search) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        }
        this.k = k;
        this.search = search;
    }

    public Estimate mutualInformation(double[][] codes, int[] labels, SignificanceSettings settings) {
        int d = Matrices.checkSamples(codes, "codes");
        Matrices.checkSameLength(codes.length, labels.length, "codes and labels");
        int n = codes.length;
        if (n < k + 1) {
            throw new IllegalArgumentException("Ross with k=" + k + " needs at least " + (k + 1) + " samples, got " + n);
        }
        int[] constant = new int[1];
        double[][] z = Matrices.unitVariance(codes, constant);
        Diagnostics diagnostics = new Diagnostics();
        double bits = Units.natsToBits(nats(z, labels, diagnostics, true));
        List<String> warnings = new ArrayList<>(NeighbourWarnings.forShape(n, d, k, constant[0]));
        warnings.addAll(NeighbourWarnings.forValue(bits, diagnostics.ties, n));
        if (diagnostics.dropped > 0) {
            warnings.add(diagnostics.dropped + " sample(s) with a label seen only once were left out");
        }
        if (diagnostics.reducedK > 0) {
            warnings.add(diagnostics.reducedK + " sample(s) belong to labels with ≤ k samples: k reduced for them");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("k", Integer.toString(k));
        parameters.put("norm", "max");
        parameters.put("unitVariance", "true");
        Estimate estimate = Estimate.plain(bits, NAME, n, parameters, warnings);
        return Significance.attach(estimate, n, (zr, lr) -> Units.natsToBits(
                nats(Matrices.rows(z, zr), Matrices.entries(labels, lr), null, false)), settings,
                Resampling.HALF_SUBSAMPLING);
    }

    private static final class Diagnostics {
        int dropped;
        int reducedK;
        int ties;
    }

    double nats(double[][] z, int[] labels, Diagnostics diagnostics, boolean parallel) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        // keep samples whose label occurs at least twice, in sample order (canonical sums)
        int kept = 0;
        for (int label : labels) {
            if (counts.get(label) > 1) {
                kept++;
            }
        }
        if (kept < 2) {
            return 0; // every label unique: nothing to estimate
        }
        double[][] codes = new double[kept][];
        int[] keptLabels = new int[kept];
        int[] labelCount = new int[kept];
        int[] kOf = new int[kept];
        int at = 0;
        int reduced = 0;
        for (int i = 0; i < labels.length; i++) {
            int size = counts.get(labels[i]);
            if (size < 2) {
                continue;
            }
            codes[at] = z[i];
            keptLabels[at] = labels[i];
            labelCount[at] = size;
            kOf[at] = Math.min(k, size - 1);
            if (kOf[at] < k) {
                reduced++;
            }
            at++;
        }
        double[] terms = new double[kept];
        int[] zero = new int[kept];
        int n = kept;
        if (search.useTree(z[0].length)) {
            Map<Integer, List<Integer>> byLabel = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byLabel.computeIfAbsent(keptLabels[i], key -> new ArrayList<>()).add(i);
            }
            double[] radius = new double[n];
            for (List<Integer> members : byLabel.values()) {
                double[][] classCodes = new double[members.size()][];
                for (int j = 0; j < classCodes.length; j++) {
                    classCodes[j] = codes[members.get(j)];
                }
                KdTree classTree = new KdTree(classCodes);
                Blocks.forEach(classCodes.length, parallel, (from, to) -> {
                    double[] scratch = new double[k];
                    for (int j = from; j < to; j++) {
                        int i = members.get(j);
                        radius[i] = classTree.kthNeighbourDistance(classCodes[j], kOf[i], j, scratch);
                    }
                });
            }
            KdTree all = new KdTree(codes);
            Blocks.forEach(n, parallel, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int m = Math.max(all.countWithin(codes[i], radius[i], true) - 1, 1);
                    terms[i] = Digamma.of(kOf[i]) - Digamma.of(labelCount[i]) - Digamma.of(m);
                    zero[i] = radius[i] == 0 ? 1 : 0;
                }
            });
        } else {
            ColumnScan scan = new ColumnScan(codes);
            Blocks.forEach(n, parallel, (from, to) -> {
                double[] d = new double[n];
                double[] scratch = new double[k];
                for (int i = from; i < to; i++) {
                    scan.distancesFrom(i, d);
                    double r = ColumnScan.kthSmallest(d, n, kOf[i], i, keptLabels, keptLabels[i], scratch);
                    int m = Math.max(ColumnScan.countBelow(d, n, r, true) - 1, 1);
                    terms[i] = Digamma.of(kOf[i]) - Digamma.of(labelCount[i]) - Digamma.of(m);
                    zero[i] = r == 0 ? 1 : 0;
                }
            });
        }
        if (diagnostics != null) {
            diagnostics.dropped = labels.length - kept;
            diagnostics.reducedK = reduced;
            diagnostics.ties = IntStream.of(zero).sum();
        }
        double sum = 0;
        for (double t : terms) {
            sum += t;
        }
        return Digamma.of(kept) + sum / kept;
    }
}
