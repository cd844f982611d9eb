package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import maxwell.info.probe.FreshProbe;
import maxwell.info.probe.FreshProbe.Accuracies;
import maxwell.info.probe.NearestNeighbourClassifier;

class FreshProbeTest {

    /** A label carried by the radius of a 2-D code: invisible to a linear probe, plain to k-NN. */
    @Test
    void theNearestNeighbourProbeReadsANonlinearTraceTheLinearProbeMisses() {
        Random r = new Random(7);
        int n = 2000;
        double[][] codes = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            double radius = labels[i] == 0 ? 1.0 : 2.0;
            double angle = r.nextDouble() * 2 * Math.PI;
            codes[i][0] = radius * Math.cos(angle) + 0.1 * r.nextGaussian();
            codes[i][1] = radius * Math.sin(angle) + 0.1 * r.nextGaussian();
        }
        Accuracies accuracies = FreshProbe.measure(codes, labels, 1);
        assertTrue(accuracies.nearestNeighbour() > 0.97, "k-NN accuracy " + accuracies.nearestNeighbour());
        assertTrue(accuracies.linear() < 0.65, "linear accuracy " + accuracies.linear());
        assertEquals(0.5, accuracies.majority(), 0.06);
    }

    @Test
    void aLabelIndependentOfTheCodeGivesChanceAccuracy() {
        Random r = new Random(11);
        int n = 3000;
        double[][] codes = new double[n][8];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 8; j++) {
                codes[i][j] = r.nextGaussian();
            }
            labels[i] = r.nextInt(5);
        }
        Accuracies accuracies = FreshProbe.measure(codes, labels, 3);
        // chance is 0.2; 900 held-out samples give a standard error of about 0.013
        assertEquals(0.2, accuracies.linear(), 0.05);
        assertEquals(0.2, accuracies.nearestNeighbour(), 0.05);
    }

    @Test
    void theSameSeedGivesTheSameAccuracies() {
        double[][] codes = Samples.gaussian(500, 4, 5);
        int[] labels = new int[500];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = codes[i][0] > 0 ? 1 : 0;
        }
        assertEquals(FreshProbe.measure(codes, labels, 9), FreshProbe.measure(codes, labels, 9));
        assertTrue(FreshProbe.measure(codes, labels, 9).linear() > 0.95);
    }

    @Test
    void theNearestNeighbourVoteFollowsTheMajorityOfTheKNearest() {
        double[][] train = { { 0 }, { 0.1 }, { 0.2 }, { 5 }, { 5.1 } };
        int[] labels = { 0, 0, 1, 1, 1 };
        NearestNeighbourClassifier three = NearestNeighbourClassifier.fit(train, labels, 2, 3);
        assertEquals(0, three.predict(new double[] { 0.05 }));
        assertEquals(1, three.predict(new double[] { 4.9 }));
        NearestNeighbourClassifier one = NearestNeighbourClassifier.fit(train, labels, 2, 1);
        assertEquals(1, one.predict(new double[] { 0.19 }));
    }

    @Test
    void tooFewSamplesAreRefusedWithTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreshProbe.measure(new double[5][2], new int[5], 1));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }
}
