package maxwell.info.ksg;

import java.util.ArrayList;
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
 * Kraskov–Stögbauer–Grassberger estimator, algorithm 1 (Phys. Rev. E 69, 066138, 2004, eq. 8):
 *
 * <pre>
 *   I(X;Y) = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩
 * </pre>
 *
 * where ε_i is the max-norm distance from sample i to its k-th neighbour in the joint space and
 * n_x(i), n_y(i) count the other samples strictly closer than ε_i in each marginal space. And the
 * conditional form of Frenzel &amp; Pompe (Phys. Rev. Lett. 99, 204101, 2007, eq. 3):
 *
 * <pre>
 *   I(X;Y|Z) = ψ(k) − ⟨ψ(n_xz + 1) + ψ(n_yz + 1) − ψ(n_z + 1)⟩
 * </pre>
 *
 * Neighbour searches and counts use {@link KdTree}, so the cost is O(N log N) in low dimension.
 * Columns are scaled to unit variance first (the max-norm mixes dimensions).
 */
public final class KsgEstimator {

    public static final String NAME = "KSG-1";
    public static final String CONDITIONAL_NAME = "KSG-1 conditional (Frenzel-Pompe)";

    private final int k;
    private final boolean unitVariance;
    private final NeighbourSearch search;

    public KsgEstimator(int k) {
        this(k, true, NeighbourSearch.AUTO);
    }

    /**
     * @param unitVariance scale columns to unit variance first (recommended)
     * @param search exact neighbour search to use (results are identical, cost differs)
     */
    public KsgEstimator(int k, boolean unitVariance, NeighbourSearch search) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        }
        this.k = k;
        this.unitVariance = unitVariance;
        this.search = search;
    }

    public int k() {
        return k;
    }

    /** I(X;Y) in bits with surrogate baseline and interval as {@code settings} ask. */
    public Estimate mutualInformation(double[][] x, double[][] y, SignificanceSettings settings) {
        int dx = Matrices.checkSamples(x, "X");
        int dy = Matrices.checkSamples(y, "Y");
        Matrices.checkSameLength(x.length, y.length, "X and Y");
        int n = x.length;
        checkEnoughSamples(n);
        int[] constant = new int[2];
        double[][] xs = prepare(x, constant, 0);
        double[][] ys = prepare(y, constant, 1);
        int[] ties = new int[1];
        double bits = Units.natsToBits(mutualInformationNats(xs, ys, ties, true));
        List<String> warnings = new ArrayList<>(NeighbourWarnings.forShape(n, dx + dy, k, constant[0] + constant[1]));
        warnings.addAll(NeighbourWarnings.forValue(bits, ties[0], n));
        Estimate estimate = Estimate.plain(bits, NAME, n, parameters(), warnings);
        return Significance.attach(estimate, n,
                (xr, yr) -> Units.natsToBits(mutualInformationNats(Matrices.rows(xs, xr), Matrices.rows(ys, yr), null, false)),
                settings, Resampling.HALF_SUBSAMPLING);
    }

    /** I(X;Y|Z) in bits (Frenzel–Pompe); surrogates shuffle Y against (X, Z). */
    public Estimate conditionalMutualInformation(double[][] x, double[][] y, double[][] z, SignificanceSettings settings) {
        int dx = Matrices.checkSamples(x, "X");
        int dy = Matrices.checkSamples(y, "Y");
        int dz = Matrices.checkSamples(z, "Z");
        Matrices.checkSameLength(x.length, y.length, "X and Y");
        Matrices.checkSameLength(x.length, z.length, "X and Z");
        int n = x.length;
        checkEnoughSamples(n);
        int[] constant = new int[3];
        double[][] xs = prepare(x, constant, 0);
        double[][] ys = prepare(y, constant, 1);
        double[][] zs = prepare(z, constant, 2);
        int[] ties = new int[1];
        double bits = Units.natsToBits(conditionalNats(xs, ys, zs, ties, true));
        List<String> warnings = new ArrayList<>(
                NeighbourWarnings.forShape(n, dx + dy + dz, k, constant[0] + constant[1] + constant[2]));
        warnings.addAll(NeighbourWarnings.forValue(bits, ties[0], n));
        Estimate estimate = Estimate.plain(bits, CONDITIONAL_NAME, n, parameters(), warnings);
        return Significance.attach(estimate, n, (xr, yr) -> Units.natsToBits(
                conditionalNats(Matrices.rows(xs, xr), Matrices.rows(ys, yr), Matrices.rows(zs, xr), null, false)),
                settings, Resampling.HALF_SUBSAMPLING);
    }

    private void checkEnoughSamples(int n) {
        if (n < k + 1) {
            throw new IllegalArgumentException("KSG with k=" + k + " needs at least " + (k + 1) + " samples, got " + n);
        }
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("k", Integer.toString(k));
        p.put("norm", "max");
        p.put("unitVariance", Boolean.toString(unitVariance));
        return p;
    }

    private double[][] prepare(double[][] m, int[] constant, int slot) {
        if (!unitVariance) {
            return m;
        }
        int[] c = new int[1];
        double[][] out = Matrices.unitVariance(m, c);
        constant[slot] = c[0];
        return out;
    }

    /** Algorithm 1 in nats on prepared data. {@code ties[0]} receives the number of samples with ε = 0. */
    double mutualInformationNats(double[][] x, double[][] y, int[] ties, boolean parallel) {
        int n = x.length;
        double[] terms = new double[n];
        int[] zeroRadius = new int[n];
        if (search.useTree(x[0].length + y[0].length)) {
            double[][] joint = Matrices.concatColumns(x, y);
            KdTree jointTree = new KdTree(joint);
            KdTree xTree = new KdTree(x);
            KdTree yTree = new KdTree(y);
            Blocks.forEach(n, parallel, (from, to) -> {
                double[] scratch = new double[k];
                for (int i = from; i < to; i++) {
                    double eps = jointTree.kthNeighbourDistance(joint[i], k, i, scratch);
                    int nx = Math.max(xTree.countWithin(x[i], eps, false) - 1, 0);
                    int ny = Math.max(yTree.countWithin(y[i], eps, false) - 1, 0);
                    terms[i] = Digamma.of(nx + 1) + Digamma.of(ny + 1);
                    zeroRadius[i] = eps == 0 ? 1 : 0;
                }
            });
        } else {
            ColumnScan xs = new ColumnScan(x);
            ColumnScan ys = new ColumnScan(y);
            Blocks.forEach(n, parallel, (from, to) -> {
                double[] scratch = new double[k];
                double[] dx = new double[n];
                double[] dy = new double[n];
                for (int i = from; i < to; i++) {
                    xs.distancesFrom(i, dx);
                    ys.distancesFrom(i, dy);
                    // joint max-norm distance = max of the marginal ones; fused passes keep this memory-light
                    double eps = ColumnScan.kthSmallestOfMax(dx, dy, n, k, i, scratch);
                    long counts = ColumnScan.countBothBelow(dx, dy, n, eps);
                    int nx = Math.max((int) (counts >>> 32) - 1, 0);
                    int ny = Math.max((int) counts - 1, 0);
                    terms[i] = Digamma.of(nx + 1) + Digamma.of(ny + 1);
                    zeroRadius[i] = eps == 0 ? 1 : 0;
                }
            });
        }
        if (ties != null) {
            ties[0] = IntStream.of(zeroRadius).sum();
        }
        return Digamma.of(k) + Digamma.of(n) - mean(terms);
    }

    double conditionalNats(double[][] x, double[][] y, double[][] z, int[] ties, boolean parallel) {
        int n = x.length;
        double[] terms = new double[n];
        int[] zeroRadius = new int[n];
        if (search.useTree(x[0].length + y[0].length + z[0].length)) {
            double[][] joint = Matrices.concatColumns(x, y, z);
            double[][] xz = Matrices.concatColumns(x, z);
            double[][] yz = Matrices.concatColumns(y, z);
            KdTree jointTree = new KdTree(joint);
            KdTree xzTree = new KdTree(xz);
            KdTree yzTree = new KdTree(yz);
            KdTree zTree = new KdTree(z);
            Blocks.forEach(n, parallel, (from, to) -> {
                double[] scratch = new double[k];
                for (int i = from; i < to; i++) {
                    double eps = jointTree.kthNeighbourDistance(joint[i], k, i, scratch);
                    int nxz = Math.max(xzTree.countWithin(xz[i], eps, false) - 1, 0);
                    int nyz = Math.max(yzTree.countWithin(yz[i], eps, false) - 1, 0);
                    int nz = Math.max(zTree.countWithin(z[i], eps, false) - 1, 0);
                    terms[i] = Digamma.of(nxz + 1) + Digamma.of(nyz + 1) - Digamma.of(nz + 1);
                    zeroRadius[i] = eps == 0 ? 1 : 0;
                }
            });
        } else {
            ColumnScan xs = new ColumnScan(x);
            ColumnScan ys = new ColumnScan(y);
            ColumnScan zs = new ColumnScan(z);
            Blocks.forEach(n, parallel, (from, to) -> {
                double[] scratch = new double[k];
                double[] dx = new double[n];
                double[] dy = new double[n];
                double[] dz = new double[n];
                double[] dxz = new double[n];
                double[] dyz = new double[n];
                double[] dj = new double[n];
                for (int i = from; i < to; i++) {
                    xs.distancesFrom(i, dx);
                    ys.distancesFrom(i, dy);
                    zs.distancesFrom(i, dz);
                    ColumnScan.max(dx, dz, dxz, n);
                    ColumnScan.max(dy, dz, dyz, n);
                    ColumnScan.max(dxz, dy, dj, n);
                    double eps = ColumnScan.kthSmallest(dj, n, k, i, null, 0, scratch);
                    int nxz = Math.max(ColumnScan.countBelow(dxz, n, eps, false) - 1, 0);
                    int nyz = Math.max(ColumnScan.countBelow(dyz, n, eps, false) - 1, 0);
                    int nz = Math.max(ColumnScan.countBelow(dz, n, eps, false) - 1, 0);
                    terms[i] = Digamma.of(nxz + 1) + Digamma.of(nyz + 1) - Digamma.of(nz + 1);
                    zeroRadius[i] = eps == 0 ? 1 : 0;
                }
            });
        }
        if (ties != null) {
            ties[0] = IntStream.of(zeroRadius).sum();
        }
        return Digamma.of(k) - mean(terms);
    }

    /** Sequential sum in index order: the result does not depend on the number of threads. */
    static double mean(double[] terms) {
        double s = 0;
        for (double t : terms) {
            s += t;
        }
        return s / terms.length;
    }
}
