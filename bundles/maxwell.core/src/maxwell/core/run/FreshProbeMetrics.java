package maxwell.core.run;

import java.util.ArrayList;
import java.util.List;

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
 */
public final class FreshProbeMetrics {

    public static final String FRESH_DOMAIN = "fresh_probe_domain_accuracy_";
    public static final String FRESH_CONTENT = "fresh_probe_content_accuracy_";
    public static final String LINEAR_DOMAIN = "linear_probe_domain_accuracy_";
    public static final String LINEAR_CONTENT = "linear_probe_content_accuracy_";

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
