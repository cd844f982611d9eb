package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import maxwell.core.run.FreshProbeMetrics;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;

class FreshProbeMetricsTest {

    private static final int SAMPLES = 1000;

    /** z_c carries the content class, z_s the domain: each probe finds its own label and not the other's. */
    @Test
    void eachPartitionIsReadForTheLabelItCarries() {
        Random r = new Random(3);
        int[] domains = new int[SAMPLES];
        int[] contents = new int[SAMPLES];
        float[] content = new float[SAMPLES * 2];
        float[] style = new float[SAMPLES * 2];
        for (int i = 0; i < SAMPLES; i++) {
            domains[i] = r.nextInt(4);
            contents[i] = r.nextInt(5);
            content[2 * i] = contents[i] + 0.1f * (float) r.nextGaussian();
            content[2 * i + 1] = (float) r.nextGaussian();
            style[2 * i] = (float) r.nextGaussian();
            style[2 * i + 1] = domains[i] + 0.1f * (float) r.nextGaussian();
        }
        LatentSnapshot snapshot = new LatentSnapshot(40, 2.0, domains, contents, List.of(
                new PartitionCodes("content", 2, content, null, null), new PartitionCodes("style", 2, style, null, null)));

        Map<String, Double> metrics = byName(FreshProbeMetrics.of(snapshot, 1));

        assertTrue(metrics.get("fresh_probe_content_accuracy_content") > 0.95);
        assertTrue(metrics.get("fresh_probe_domain_accuracy_style") > 0.95);
        assertEquals(0.25, metrics.get("fresh_probe_domain_accuracy_content"), 0.07);
        assertEquals(0.2, metrics.get("fresh_probe_content_accuracy_style"), 0.07);
        assertEquals(0.25, metrics.get("probe_domain_chance"), 0.07);
        assertTrue(metrics.get("linear_probe_domain_accuracy_style") > 0.9, "the domain is a linear feature of z_s");
    }

    /**
     * Means that separate the domains by 1 under a posterior noise of σ = 20: a probe on the means
     * finds the domain, one on drawn codes (what the demon sees) is at chance. A deterministic
     * partition (no log-variances) gets no sampled probe.
     */
    @Test
    void domainHiddenUnderThePosteriorNoiseIsFoundOnlyInTheMeans() {
        Random r = new Random(5);
        int[] domains = new int[SAMPLES];
        int[] contents = new int[SAMPLES];
        float[] means = new float[SAMPLES];
        float[] logVariances = new float[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            domains[i] = i % 2;
            contents[i] = r.nextInt(3);
            means[i] = domains[i] + 0.05f * (float) r.nextGaussian();
            logVariances[i] = (float) Math.log(20 * 20);
        }
        LatentSnapshot snapshot = new LatentSnapshot(7, 1.0, domains, contents, List.of(
                new PartitionCodes("content", 1, means, means, logVariances),
                new PartitionCodes("style", 1, means, null, null)));

        Map<String, Double> metrics = byName(FreshProbeMetrics.of(snapshot, 1));

        assertTrue(metrics.get("fresh_probe_domain_accuracy_content") > 0.99);
        assertEquals(0.5, metrics.get("sampled_probe_domain_accuracy_content"), 0.07);
        assertFalse(metrics.containsKey("sampled_probe_domain_accuracy_style"));
    }

    /** Tile sources carry no content class (−1): only the domain is probed. */
    @Test
    void samplesWithoutAContentClassAreProbedForTheDomainOnly() {
        int[] domains = new int[SAMPLES];
        int[] contents = new int[SAMPLES];
        float[] codes = new float[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            domains[i] = i % 2;
            contents[i] = -1;
            codes[i] = domains[i];
        }
        LatentSnapshot snapshot = new LatentSnapshot(1, 0.5, domains, contents,
                List.of(new PartitionCodes("style", 1, codes, null, null)));

        Map<String, Double> metrics = byName(FreshProbeMetrics.of(snapshot, 1));

        assertEquals(1.0, metrics.get("fresh_probe_domain_accuracy_style"));
        assertFalse(metrics.containsKey("fresh_probe_content_accuracy_style"));
        assertFalse(metrics.containsKey("probe_content_chance"));
    }

    private static Map<String, Double> byName(List<MetricPoint> points) {
        return points.stream().collect(Collectors.toMap(MetricPoint::metric, MetricPoint::value));
    }
}
