package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import maxwell.info.binning.BinningEstimator;
import maxwell.info.binning.BinningScheme;
import maxwell.info.estimate.Estimate;
import maxwell.info.gaussian.GaussianEstimator;
import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/** Surrogate baselines, intervals, flags and reproducibility. */
class SignificanceTest {

    private static final SignificanceSettings SETTINGS = SignificanceSettings.of(40, 40, 11L);

    @Test
    void independentVariablesAreInsideTheSurrogateBand() {
        double[][] x = Samples.gaussian(1500, 2, 1L);
        double[][] y = Samples.gaussian(1500, 2, 2L);
        int[] labels = Samples.uniformLabels(1500, 4, 3L);
        assertInside(new KsgEstimator(3).mutualInformation(x, y, SETTINGS));
        assertInside(new RossEstimator(3).mutualInformation(x, labels, SETTINGS));
        assertInside(new GaussianEstimator().mutualInformation(x, y, SETTINGS));
        assertInside(new BinningEstimator(8, BinningScheme.EQUAL_MASS).mutualInformation(x, labels, SETTINGS));
        assertInside(new KsgEstimator(3).conditionalMutualInformation(x, y, Samples.gaussian(1500, 1, 4L), SETTINGS));
    }

    private static void assertInside(Estimate e) {
        assertTrue(e.insideSurrogateBand(), e.toString());
        assertEquals(40, e.surrogates().count());
        // the surrogate mean of a good estimator is near 0 on independent data
        assertEquals(0.0, e.surrogates().mean(), 0.05, e.toString());
    }

    @Test
    void dependentVariablesAreAboveTheBandAndInsideTheirInterval() {
        double[][][] xy = Samples.correlatedGaussians(1500, 2, 0.5, 5L);
        Estimate e = new KsgEstimator(3).mutualInformation(xy[0], xy[1], SETTINGS);
        assertFalse(e.insideSurrogateBand(), e.toString());
        assertTrue(e.interval().low() < e.bits() && e.bits() < e.interval().high(), e.toString());
        assertTrue(e.interval().low() < Samples.gaussianBits(2, 0.5) && Samples.gaussianBits(2, 0.5) < e.interval().high() + 0.05,
                e.toString());
        assertEquals(40, e.interval().resamples());
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        double[][][] xy = Samples.correlatedGaussians(3000, 3, 0.4, 6L);
        Estimate parallel = new KsgEstimator(3).mutualInformation(xy[0], xy[1], SETTINGS);
        Estimate sequential = new KsgEstimator(3).mutualInformation(xy[0], xy[1], SETTINGS.sequential());
        assertEquals(parallel, sequential);
        Estimate otherSeed = new KsgEstimator(3).mutualInformation(xy[0], xy[1], SETTINGS.withSeed(12L));
        assertEquals(parallel.bits(), otherSeed.bits());
        assertFalse(parallel.surrogates().equals(otherSeed.surrogates()));
    }

    @Test
    void negativeRawValuesAreReportedAndFlaggedNotClipped() {
        Estimate negative = null;
        for (long seed = 0; seed < 50 && negative == null; seed++) {
            Estimate e = new KsgEstimator(3).mutualInformation(Samples.gaussian(200, 1, seed), Samples.gaussian(200, 1, seed + 1000),
                    SignificanceSettings.NONE);
            if (e.bits() < 0) {
                negative = e;
            }
        }
        assertTrue(negative != null, "independent small samples give some negative KSG values");
        assertTrue(negative.negative());
        assertTrue(negative.warnings().stream().anyMatch(w -> w.startsWith("negative raw estimate")), negative.warnings().toString());
    }

    @Test
    void duplicatesAreWarnedAbout() {
        double[][] x = new double[300][1];
        double[][] y = new double[300][1];
        for (int i = 0; i < 300; i++) {
            x[i][0] = i % 10;
            y[i][0] = (i % 10) * 2 + (i % 3);
        }
        Estimate e = new KsgEstimator(3).mutualInformation(x, y, SignificanceSettings.NONE);
        assertTrue(e.warnings().stream().anyMatch(w -> w.contains("duplicate at distance 0")), e.warnings().toString());
    }
}
