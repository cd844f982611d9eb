package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import maxwell.info.probe.DomainBreakdown;
import maxwell.info.probe.FreshProbe;

class DomainBreakdownTest {

    private static final int N = 1800;

    /**
     * Three domains, two content classes. The content sits on the first axis: sharp (±2, noise 0.3)
     * in domain 0, blurred (±0.5, noise 1) in domains 1 and 2. Nothing else tells the domains apart,
     * so the probe recognises domain 0 by its sharpness alone.
     */
    private static double[][] codes(int[] domains, int[] contents) {
        Random r = new Random(3);
        double[][] codes = new double[N][2];
        for (int i = 0; i < N; i++) {
            domains[i] = i % 3;
            contents[i] = (i / 3) % 2;
            double sign = contents[i] == 0 ? -1 : 1;
            boolean sharp = domains[i] == 0;
            codes[i][0] = sign * (sharp ? 2.0 : 0.5) + (sharp ? 0.3 : 1.0) * r.nextGaussian();
            codes[i][1] = r.nextGaussian();
        }
        return codes;
    }

    @Test
    void theSharpestContentIsTheDomainTheProbeRecognises() {
        int[] domains = new int[N];
        int[] contents = new int[N];
        DomainBreakdown breakdown = DomainBreakdown.of(codes(domains, contents), domains, contents, 3, 5);
        double[] recall = breakdown.domainRecall();
        double[] content = breakdown.contentAccuracy();
        assertTrue(content[0] > 0.97, "content read from the sharp domain: " + content[0]);
        assertTrue(content[1] < 0.8 && content[2] < 0.8, "content read from the blurred domains: " + Arrays.toString(content));
        assertTrue(recall[0] > 0.8, "the sharp domain's recall " + recall[0]);
        // domains 1 and 2 are one distribution: between them the probe can only guess
        assertTrue(recall[1] < 0.6 && recall[2] < 0.6, "the blurred domains' recalls " + Arrays.toString(recall));
        assertEquals(N * FreshProbe.HELD_OUT, Arrays.stream(breakdown.heldOut()).sum(), 1);
    }

    @Test
    void theRecallsWeightedByHeldOutSamplesAreTheFreshProbesAccuracy() {
        int[] domains = new int[N];
        int[] contents = new int[N];
        double[][] codes = codes(domains, contents);
        for (long seed : new long[] { 1, 2, 99 }) {
            DomainBreakdown breakdown = DomainBreakdown.of(codes, domains, contents, 3, seed);
            double right = 0;
            for (int d = 0; d < 3; d++) {
                right += breakdown.domainRecall()[d] * breakdown.heldOut()[d];
            }
            double overall = right / Arrays.stream(breakdown.heldOut()).sum();
            assertEquals(FreshProbe.measure(codes, domains, seed).nearestNeighbour(), overall, 1e-12, "seed " + seed);
        }
    }

    @Test
    void samplesWithoutAContentClassLeaveTheContentColumnEmpty() {
        int[] domains = new int[N];
        int[] contents = new int[N];
        double[][] codes = codes(domains, contents);
        Arrays.fill(contents, -1); // tile sources have no content class
        DomainBreakdown breakdown = DomainBreakdown.of(codes, domains, contents, 3, 5);
        assertTrue(Arrays.stream(breakdown.contentAccuracy()).allMatch(Double::isNaN));
        assertTrue(breakdown.domainRecall()[0] > 0.8);
    }

    @Test
    void badLabelsAreRefusedByName() {
        int[] domains = new int[N];
        int[] contents = new int[N];
        double[][] codes = codes(domains, contents);
        domains[7] = 3;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainBreakdown.of(codes, domains, contents, 3, 5));
        assertTrue(e.getMessage().contains("domain label 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DomainBreakdown.of(codes, new int[5], contents, 3, 5));
    }
}
