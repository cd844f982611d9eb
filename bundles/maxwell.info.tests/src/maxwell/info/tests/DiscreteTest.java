package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import maxwell.info.binning.BinningEstimator;
import maxwell.info.binning.BinningScheme;
import maxwell.info.estimate.Entropy;
import maxwell.info.estimate.Estimate;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.probe.ProbeEstimator;
import maxwell.info.significance.SignificanceSettings;

/** Labels with a known relation to the code. */
class DiscreteTest {

    /** Label = which quarter of a uniform 2-D code's first coordinate: I(Z;L) = H(L) = 2 bits. */
    private static Object[] deterministicLabel(int n, long seed) {
        Random r = new Random(seed);
        double[][] z = new double[n][2];
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            z[i][0] = r.nextDouble() * 4;
            z[i][1] = r.nextGaussian();
            l[i] = (int) Math.floor(z[i][0]);
        }
        return new Object[] { z, l };
    }

    @Test
    void rossGivesTheLabelEntropyForADeterministicLabel() {
        Object[] data = deterministicLabel(3000, 1L);
        int[] l = (int[]) data[1];
        double h = Entropy.ofLabels(l);
        Estimate e = new RossEstimator(3).mutualInformation((double[][]) data[0], l, SignificanceSettings.NONE);
        // the second, irrelevant dimension and the class boundaries cost the kNN estimate ≈ 3% here
        assertEquals(h, e.bits(), 0.08, e.toString());
    }

    @Test
    void probeBoundIsBelowAndNearTheLabelEntropy() {
        Object[] data = deterministicLabel(3000, 2L);
        int[] l = (int[]) data[1];
        double h = Entropy.ofLabels(l);
        Estimate e = ProbeEstimator.defaults(3L).mutualInformation((double[][]) data[0], l, SignificanceSettings.NONE);
        assertTrue(e.bits() <= h + 0.02, e.toString());
        assertTrue(e.bits() > h - 0.6, e.toString());
    }

    @Test
    void probeIsNearZeroForIndependentLabels() {
        double[][] z = Samples.gaussian(2000, 4, 4L);
        int[] l = Samples.uniformLabels(2000, 3, 5L);
        Estimate e = ProbeEstimator.defaults(6L).mutualInformation(z, l, SignificanceSettings.of(10, 0, 1L));
        assertEquals(0.0, e.bits(), 0.03, e.toString());
        assertTrue(e.insideSurrogateBand(), e.toString());
    }

    /**
     * Four code values, a label equal to the code with probability 0.8 and otherwise one of the three
     * others: I = 2 − H(0.8, 0.2/3, 0.2/3, 0.2/3) bits. With 4 clusters both schemes recover the
     * discrete code exactly, so the plug-in estimate has only its small-sample bias.
     */
    @ParameterizedTest
    @EnumSource(BinningScheme.class)
    void binningMatchesTheDiscreteClosedForm(BinningScheme scheme) {
        Random r = new Random(7L);
        int n = 20_000;
        double[][] z = new double[n][1];
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            int code = i % 4; // equal counts, so equal-mass edges fall between the clusters
            z[i][0] = code + 0.01 * r.nextDouble();
            l[i] = r.nextDouble() < 0.8 ? code : (code + 1 + r.nextInt(3)) % 4;
        }
        double p = 0.2 / 3;
        double truth = 2 + 0.8 * Samples.log2(0.8) + 3 * p * Samples.log2(p);
        Estimate e = new BinningEstimator(4, scheme).mutualInformation(z, l, SignificanceSettings.NONE);
        // sampling sd of the plug-in MI: sqrt(Var[pointwise MI] / N) = 1.43 / sqrt(20000) = 0.010 bits; allow 3.5 sd
        assertEquals(truth, e.bits(), 0.035, e.toString());
    }

    @Test
    void binningOfCorrelatedGaussiansApproachesTheClosedFormFromAbove() {
        double[][][] xy = Samples.correlatedGaussians(20_000, 1, 0.8, 9L);
        double truth = Samples.gaussianBits(1, 0.8);
        double bits = new BinningEstimator(12, BinningScheme.EQUAL_MASS).mutualInformation(xy[0], xy[1], SignificanceSettings.NONE)
                .bits();
        // coarse bins lose information (data processing), finite samples add upward bias
        assertEquals(truth, bits, 0.15);
    }
}
