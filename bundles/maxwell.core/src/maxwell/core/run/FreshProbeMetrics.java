package maxwell.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;
import maxwell.info.probe.FreshProbe;
import maxwell.info.probe.FreshProbe.Accuracies;

/**
 * What newcomers read from each partition of a snapshot: the domain and the content class, by a
 * k-NN probe ("fresh probe", the one that finds what the adversary no longer sees) and a linear
 * one, next to the chance level. Recorded beside the adversary's own accuracy so that the
 * demon's belief and the truth can be compared at every evaluation point.
 * <p>
 * A Gaussian partition is probed twice for the domain: on its means (what the encoder computed)
 * and on codes drawn from its posterior (what the decoder and the demon receive). Domain bits the
 * encoder hides in means far smaller than the posterior noise are invisible to the demon and to
 * the decoder, yet a probe on the means finds them; the two numbers tell these cases apart.
 */
public final class FreshProbeMetrics {

    public static final String FRESH_DOMAIN = "fresh_probe_domain_accuracy_";
    public static final String FRESH_CONTENT = "fresh_probe_content_accuracy_";
    public static final String LINEAR_DOMAIN = "linear_probe_domain_accuracy_";
    public static final String LINEAR_CONTENT = "linear_probe_content_accuracy_";
    public static final String SAMPLED_DOMAIN = "sampled_probe_domain_accuracy_";

    private FreshProbeMetrics() {
    }

    public static List<MetricPoint> of(LatentSnapshot snapshot, long seed) {
        List<MetricPoint> points = new ArrayList<>();
        if (snapshot.samples() < 10) {
            return points;
        }
        long step = snapshot.step();
        double epoch = snapshot.epoch();
        int[] labelled = labelledSamples(snapshot.contentLabels());
        int[] contentLabels = select(snapshot.contentLabels(), labelled);
        boolean probeContent = labelled.length >= 10 && distinct(contentLabels) > 1;
        Accuracies domain = null;
        Accuracies content = null;
        for (PartitionCodes partition : snapshot.partitions()) {
            double[][] codes = partition.rows();
            domain = FreshProbe.measure(codes, snapshot.domainLabels(), seed);
            points.add(new MetricPoint(step, epoch, FRESH_DOMAIN + partition.name(), domain.nearestNeighbour()));
            points.add(new MetricPoint(step, epoch, LINEAR_DOMAIN + partition.name(), domain.linear()));
            if (partition.means() != null && partition.logVariances() != null) {
                double sampled = FreshProbe.measure(drawn(partition, seed), snapshot.domainLabels(), seed).nearestNeighbour();
                points.add(new MetricPoint(step, epoch, SAMPLED_DOMAIN + partition.name(), sampled));
            }
            if (probeContent) {
                content = FreshProbe.measure(select(codes, labelled), contentLabels, seed);
                points.add(new MetricPoint(step, epoch, FRESH_CONTENT + partition.name(), content.nearestNeighbour()));
                points.add(new MetricPoint(step, epoch, LINEAR_CONTENT + partition.name(), content.linear()));
            }
        }
        if (domain != null) {
            points.add(new MetricPoint(step, epoch, "probe_domain_chance", domain.majority()));
        }
        if (content != null) {
            points.add(new MetricPoint(step, epoch, "probe_content_chance", content.majority()));
        }
        return points;
    }

    /** One draw μ + exp(s/2)·ε per sample, ε from the seed, so the metric is reproducible. */
    private static double[][] drawn(PartitionCodes partition, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] means = partition.means();
        float[] logVariances = partition.logVariances();
        int dimension = partition.dimension();
        double[][] rows = new double[means.length / dimension][dimension];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < dimension; j++) {
                int at = i * dimension + j;
                rows[i][j] = means[at] + Math.exp(0.5 * logVariances[at]) * random.nextGaussian();
            }
        }
        return rows;
    }

    /** Tile sources have no content class: their samples carry −1. */
    private static int[] labelledSamples(int[] labels) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] >= 0).toArray();
    }

    private static int[] select(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static double[][] select(double[][] values, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static long distinct(int[] labels) {
        return java.util.Arrays.stream(labels).distinct().count();
    }
}
