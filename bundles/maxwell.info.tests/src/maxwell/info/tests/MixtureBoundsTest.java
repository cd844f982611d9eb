package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import maxwell.info.mixture.MixtureBounds;
import maxwell.info.mixture.PairwiseDistanceBounds;

/** Kolchinsky–Tracey bounds on cases with a known I(X;Z). */
class MixtureBoundsTest {

    @Test
    void wellSeparatedComponentsGiveLogOfTheirNumber() {
        // 8 encoder outputs far apart (distance 40 σ), many inputs per output: I(X;Z) = log2 8 = 3 bits
        int n = 800;
        Random r = new Random(1L);
        double[][] means = new double[n][2];
        double[][] variances = new double[n][2];
        for (int i = 0; i < n; i++) {
            int component = i % 8;
            means[i][0] = 40 * component + 1e-3 * r.nextGaussian();
            means[i][1] = -40 * component;
            variances[i][0] = 1;
            variances[i][1] = 1;
        }
        MixtureBounds b = PairwiseDistanceBounds.gaussianEncoder(means, variances);
        assertTrue(b.lower().bits() <= b.upper().bits() + 1e-12);
        assertEquals(3.0, b.lower().bits(), 1e-3);
        assertEquals(3.0, b.upper().bits(), 1e-3);
    }

    @Test
    void boundsBracketTheGaussianChannel() {
        // Deterministic encoder Z = X, X ~ N(0, s²) per dimension, noise variance v:
        // I(X; X + noise) = (d/2) log2(1 + s²/v) for the continuous X. With N samples the empirical X is a
        // fine mixture; the bounds should bracket the channel value when N is large relative to the SNR.
        int n = 2000;
        int d = 2;
        double v = 0.25;
        double[][] x = Samples.gaussian(n, d, 3L);
        double truth = 0.5 * d * Samples.log2(1 + 1 / v);
        MixtureBounds b = PairwiseDistanceBounds.deterministicEncoder(x, v);
        assertTrue(b.lower().bits() <= truth + 0.05, b.lower() + " vs " + truth);
        assertTrue(b.upper().bits() >= truth - 0.05, b.upper() + " vs " + truth);
        // for overlapping components the bounds are loose (here ≈ 1.7 bits apart), as Kolchinsky & Tracey note
        assertTrue(b.upper().bits() - b.lower().bits() < 2.0, b.lower() + " .. " + b.upper());
        assertEquals("0.25", b.upper().parameters().get("noiseVariance"));
    }

    @Test
    void identicalComponentsCarryNothing() {
        double[][] means = new double[100][3];
        double[][] variances = new double[100][3];
        for (double[] row : variances) {
            java.util.Arrays.fill(row, 2.0);
        }
        MixtureBounds b = PairwiseDistanceBounds.gaussianEncoder(means, variances);
        assertEquals(0.0, b.lower().bits(), 1e-12);
        assertEquals(0.0, b.upper().bits(), 1e-12);
    }
}
