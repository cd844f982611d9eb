package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import maxwell.info.knn.KdTree;
import maxwell.info.knn.NeighbourSearch;
import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/** The k-d tree against brute force, and the tree and scan paths against each other. */
class NeighbourSearchTest {

    @ParameterizedTest
    @ValueSource(ints = { 1, 3, 8 })
    void kdTreeAgreesWithBruteForce(int d) {
        double[][] x = Samples.gaussian(700, d, d);
        KdTree tree = new KdTree(x);
        double[] scratch = new double[5];
        for (int i = 0; i < x.length; i += 7) {
            double[] dist = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double m = 0;
                for (int a = 0; a < d; a++) {
                    m = Math.max(m, Math.abs(x[i][a] - x[j][a]));
                }
                dist[j] = j == i ? Double.POSITIVE_INFINITY : m;
            }
            double[] sorted = dist.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[4], tree.kthNeighbourDistance(x[i], 5, i, scratch), 0.0);
            double r = sorted[10];
            long strict = Arrays.stream(dist).filter(v -> v < r).count() + 1; // + the query itself
            long inclusive = Arrays.stream(dist).filter(v -> v <= r).count() + 1;
            assertEquals(strict, tree.countWithin(x[i], r, false));
            assertEquals(inclusive, tree.countWithin(x[i], r, true));
        }
    }

    @Test
    void duplicatePointsDoNotBreakTheTree() {
        double[][] x = new double[500][2];
        for (int i = 0; i < 500; i++) {
            x[i][0] = i % 3;
            x[i][1] = 1;
        }
        KdTree tree = new KdTree(x);
        assertEquals(0.0, tree.kthNeighbourDistance(x[0], 3, 0, new double[3]), 0.0);
        assertEquals(167, tree.countWithin(x[0], 0.5, false));
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 4, 8 })
    void treeAndScanGiveIdenticalEstimates(int d) {
        double[][][] xy = Samples.correlatedGaussians(1200, d, 0.5, 40L + d);
        int[] labels = Samples.uniformLabels(1200, 3, 9L);
        for (int i = 0; i < 1200; i++) {
            xy[0][i][0] += labels[i];
        }
        double[][] z = Samples.gaussian(1200, 1, 3L);
        assertEquals(new KsgEstimator(3, true, NeighbourSearch.TREE).mutualInformation(xy[0], xy[1], SignificanceSettings.NONE).bits(),
                new KsgEstimator(3, true, NeighbourSearch.SCAN).mutualInformation(xy[0], xy[1], SignificanceSettings.NONE).bits(), 1e-12);
        assertEquals(new KsgEstimator(3, true, NeighbourSearch.TREE).conditionalMutualInformation(xy[0], xy[1], z, SignificanceSettings.NONE).bits(),
                new KsgEstimator(3, true, NeighbourSearch.SCAN).conditionalMutualInformation(xy[0], xy[1], z, SignificanceSettings.NONE).bits(), 1e-12);
        assertEquals(new RossEstimator(3, NeighbourSearch.TREE).mutualInformation(xy[0], labels, SignificanceSettings.NONE).bits(),
                new RossEstimator(3, NeighbourSearch.SCAN).mutualInformation(xy[0], labels, SignificanceSettings.NONE).bits(), 1e-12);
    }

    /** Same seed: the whole estimate (value, surrogate baseline, interval) is identical on both paths. */
    @ParameterizedTest
    @ValueSource(ints = { 2, 4 })
    void surrogatesAndIntervalsAgreeBetweenTreeAndScan(int d) {
        double[][][] xy = Samples.correlatedGaussians(900, d, 0.5, 60L + d);
        int[] labels = Samples.uniformLabels(900, 3, 10L);
        double[][] z = Samples.gaussian(900, 1, 11L);
        SignificanceSettings s = SignificanceSettings.of(8, 8, 3L);
        assertEquals(new KsgEstimator(3, true, NeighbourSearch.TREE).mutualInformation(xy[0], xy[1], s),
                new KsgEstimator(3, true, NeighbourSearch.SCAN).mutualInformation(xy[0], xy[1], s));
        assertEquals(new KsgEstimator(3, true, NeighbourSearch.TREE).conditionalMutualInformation(xy[0], xy[1], z, s),
                new KsgEstimator(3, true, NeighbourSearch.SCAN).conditionalMutualInformation(xy[0], xy[1], z, s));
        assertEquals(new RossEstimator(3, NeighbourSearch.TREE).mutualInformation(xy[0], labels, s),
                new RossEstimator(3, NeighbourSearch.SCAN).mutualInformation(xy[0], labels, s));
    }
}
