package maxwell.core.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.core.analysis.SwapDecoding.Probe;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.RunFolder;
import maxwell.data.api.ImageShape;

/**
 * Traversals per latent dimension: one probe image's codes decoded again and again while a single
 * dimension sweeps across the range the probe set occupies (its mean ± {@link #SPREAD} standard
 * deviations of that dimension's codes), all other dimensions held. A content dimension should
 * change what is drawn, a style dimension how it is drawn; a dimension that changes nothing is unused.
 */
public final class LatentTraversal {

    /** How far a sweep goes, in standard deviations of the dimension over the probe set. */
    public static final double SPREAD = 2.5;

    /**
     * @param values the swept values of the dimension, low to high
     * @param images the decoded image for each value (CHW floats in [0, 1])
     * @param change mean absolute pixel change between the lowest and the highest value: how much the
     *        dimension moves the image
     */
    public record Sweep(String partition, int dimension, double[] values, float[][] images, double change) {
    }

    /** The sweeps of every dimension of every partition of one probe image, in model order. */
    public record Traversals(long step, double epoch, ImageShape shape, Probe base, List<Sweep> sweeps) {
    }

    private LatentTraversal() {
    }

    /**
     * @param probeIndex which probe image to start from (index into the snapshot's samples)
     * @param steps how many values per sweep (≥ 2)
     * @throws IOException if the run has no checkpoint with a snapshot of the same step, or no data
     */
    public static Traversals traverse(RunFolder run, int probeIndex, int steps) throws IOException {
        if (steps < 2) {
            throw new IllegalArgumentException("a traversal needs at least 2 values, not " + steps);
        }
        DecodablePoint point = DecodablePoint.newest(run);
        LatentSnapshot snapshot = point.snapshot();
        if (probeIndex < 0 || probeIndex >= snapshot.samples()) {
            throw new IllegalArgumentException("no probe image " + probeIndex + " (the snapshot has " + snapshot.samples() + ")");
        }
        Probe base = SwapDecoding.probe(point.dataset(), probeIndex);
        List<Sweep> sweeps = new ArrayList<>();
        for (PartitionCodes swept : snapshot.partitions()) {
            float[] codes = DecodablePoint.codeOf(swept);
            for (int j = 0; j < swept.dimension(); j++) {
                double[] values = sweepValues(codes, swept.dimension(), j, steps);
                Map<String, float[]> batch = new LinkedHashMap<>();
                for (PartitionCodes p : snapshot.partitions()) {
                    float[] own = DecodablePoint.codeOf(p);
                    float[] rows = new float[steps * p.dimension()];
                    for (int s = 0; s < steps; s++) {
                        System.arraycopy(own, probeIndex * p.dimension(), rows, s * p.dimension(), p.dimension());
                        if (p == swept) {
                            rows[s * p.dimension() + j] = (float) values[s];
                        }
                    }
                    batch.put(p.name(), rows);
                }
                float[] decoded = point.decoder().decode(batch, steps);
                int length = point.dataset().shape().length();
                float[][] images = new float[steps][];
                for (int s = 0; s < steps; s++) {
                    images[s] = java.util.Arrays.copyOfRange(decoded, s * length, (s + 1) * length);
                }
                sweeps.add(new Sweep(swept.name(), j, values, images, meanAbsoluteChange(images[0], images[steps - 1])));
            }
        }
        return new Traversals(snapshot.step(), snapshot.epoch(), point.dataset().shape(), base, sweeps);
    }

    /** {@code steps} evenly spaced values over mean ± SPREAD·sd of dimension {@code j} of row-major codes. */
    static double[] sweepValues(float[] codes, int dimension, int j, int steps) {
        int rows = codes.length / dimension;
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += codes[r * dimension + j];
        }
        double mean = sum / rows;
        double squares = 0;
        for (int r = 0; r < rows; r++) {
            double d = codes[r * dimension + j] - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / Math.max(1, rows - 1));
        double[] values = new double[steps];
        for (int s = 0; s < steps; s++) {
            values[s] = mean + SPREAD * sd * (2.0 * s / (steps - 1) - 1);
        }
        return values;
    }

    private static double meanAbsoluteChange(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
