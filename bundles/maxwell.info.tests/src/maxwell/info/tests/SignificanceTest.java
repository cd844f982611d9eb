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
        Estimate binned = new BinningEstimator(8, BinningScheme.EQUAL_MASS).mutualInformation(x, labels, SETTINGS);
        // the plug-in estimator's upward bias (≈ (bins_joint − 1)/(2N ln 2)) shows up in its surrogates, not as signal
        double sd = (binned.surrogates().percentile95() - binned.surrogates().mean()) / 1.645;
        assertTrue(binned.bits() < binned.surrogates().mean() + 3 * sd, binned.toString());
        assertTrue(binned.surrogates().mean() > 0.05, binned.toString());
        assertInside(new KsgEstimator(3).conditionalMutualInformation(x, y, Samples.gaussian(1500, 1, 4L), SETTINGS));
    }

    /**
     * One data set per estimator: the flag itself has a 5% false-positive rate by design, so here the
     * estimate is only required to be within 3 surrogate standard deviations (sd from the band:
     * (p95 − mean)/1.645); the flag's calibration is tested over replicates below.
     */
    private static void assertInside(Estimate e) {
        double sd = (e.surrogates().percentile95() - e.surrogates().mean()) / 1.645;
        assertTrue(e.bits() < e.surrogates().mean() + 3 * sd, e.toString());
        assertEquals(40, e.surrogates().count());
        // the surrogate mean of a good estimator is near 0 on independent data
        assertEquals(0.0, e.surrogates().mean(), 0.05, e.toString());
    }

    /** Over 20 independent data sets the "above the band" flag fires about 5% of the time (≤ 4 of 20: P ≈ 0.997). */
    @Test
    void theFlagIsCalibratedOnIndependentData() {
        int ksgAbove = 0;
        int rossAbove = 0;
        SignificanceSettings s = SignificanceSettings.of(40, 0, 17L);
        for (int rep = 0; rep < 20; rep++) {
            double[][] x = Samples.gaussian(400, 2, 100L + rep);
            double[][] y = Samples.gaussian(400, 1, 200L + rep);
            int[] labels = Samples.uniformLabels(400, 3, 300L + rep);
            ksgAbove += new KsgEstimator(3).mutualInformation(x, y, s.withSeed(rep)).insideSurrogateBand() ? 0 : 1;
            rossAbove += new RossEstimator(3).mutualInformation(x, labels, s.withSeed(rep)).insideSurrogateBand() ? 0 : 1;
        }
        assertTrue(ksgAbove <= 4, "KSG flagged " + ksgAbove + " of 20 independent data sets");
        assertTrue(rossAbove <= 4, "Ross flagged " + rossAbove + " of 20 independent data sets");
    }

    /**
     * Dependent data are above the band; the interval's half-width matches the spread of the
     * estimate over independent replicates (within a factor 2), i.e. the subsampling interval
     * measures sampling variability.
     */
    @Test
    void dependentVariablesAreAboveTheBandAndTheIntervalMatchesTheReplicateSpread() {
        double[][][] xy = Samples.correlatedGaussians(1500, 2, 0.5, 5L);
        Estimate e = new KsgEstimator(3).mutualInformation(xy[0], xy[1], SETTINGS);
        assertFalse(e.insideSurrogateBand(), e.toString());
        assertTrue(e.interval().low() < e.bits() && e.bits() < e.interval().high(), e.toString());
        assertEquals(40, e.interval().resamples());
        double[] replicates = new double[12];
        for (int rep = 0; rep < replicates.length; rep++) {
            double[][][] r = Samples.correlatedGaussians(1500, 2, 0.5, 500L + rep);
            replicates[rep] = new KsgEstimator(3).mutualInformation(r[0], r[1], SignificanceSettings.NONE).bits();
        }
        double mean = java.util.Arrays.stream(replicates).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(replicates).map(v -> (v - mean) * (v - mean)).sum() / (replicates.length - 1));
        double halfWidthSd = (e.interval().high() - e.interval().low()) / 2 / 1.96;
        assertTrue(halfWidthSd > sd / 2 && halfWidthSd < sd * 2, "interval sd " + halfWidthSd + " vs replicate sd " + sd);
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
