package maxwell.core.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.RunFolder;
import maxwell.data.api.Dataset;
import maxwell.data.api.ImageShape;
import maxwell.data.api.Subset;

/**
 * The swap grid's images: decode(z_c of row image, z_s of column image) for a few probe images
 * of different places and domains, with the decoder of the run's newest checkpoint and the codes
 * of the snapshot taken at the same step (a snapshot's sample i is the probe set's sample i).
 */
public final class SwapDecoding {

    /**
     * @param rows the probe images whose content code is used, one per row
     * @param columns the probe images whose style code is used (the same images as the rows)
     * @param decoded {@code decoded[r][c]}: content of row r with the style of column c
     */
    public record SwapGrid(long step, double epoch, ImageShape shape, String contentPartition, String stylePartition,
            List<Probe> rows, float[][][] decoded) {
    }

    /** One probe image with its labels. */
    public record Probe(int snapshotIndex, String domain, String content, float[] image) {
    }

    private SwapDecoding() {
    }

    /**
     * @param size how many images (rows = columns); chosen from different places, cycling through the domains
     * @throws IOException if the run has no checkpoint or no snapshot at its step
     */
    public static SwapGrid decode(RunFolder run, int size) throws IOException {
        DecodablePoint point = DecodablePoint.newest(run);
        Dataset dataset = point.dataset();
        LatentSnapshot snapshot = point.snapshot();
        PartitionCodes content = point.content();
        PartitionCodes style = point.style();
        List<Probe> probes = choose(dataset, snapshot, size);
        int n = probes.size();
        float[][][] decoded = new float[n][n][];
        for (int r = 0; r < n; r++) {
            Map<String, float[]> codes = new LinkedHashMap<>();
            for (PartitionCodes p : snapshot.partitions()) {
                float[] rows = new float[n * p.dimension()];
                for (int c = 0; c < n; c++) {
                    // content from the row image; style (and any further partition) from the column image
                    int source = p == content ? probes.get(r).snapshotIndex() : probes.get(c).snapshotIndex();
                    System.arraycopy(DecodablePoint.codeOf(p), source * p.dimension(), rows, c * p.dimension(),
                            p.dimension());
                }
                codes.put(p.name(), rows);
            }
            float[] images = point.decoder().decode(codes, n);
            int length = dataset.shape().length();
            for (int c = 0; c < n; c++) {
                decoded[r][c] = java.util.Arrays.copyOfRange(images, c * length, (c + 1) * length);
            }
        }
        return new SwapGrid(snapshot.step(), snapshot.epoch(), dataset.shape(), content.name(), style.name(), probes,
                decoded);
    }

    private static List<Probe> choose(Dataset dataset, LatentSnapshot snapshot, int size) {
        int domains = dataset.domainCount();
        int items = snapshot.samples() / domains;
        int n = Math.max(1, Math.min(size, items));
        List<Probe> probes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int item = (int) ((long) k * items / n);
            probes.add(probe(dataset, item * domains + k % domains));
        }
        return probes;
    }

    /** Probe image {@code index} (a snapshot's sample index) with its domain and content names. */
    static Probe probe(Dataset dataset, int index) {
        Subset probeSet = dataset.split().probe();
        int sample = probeSet.sample(index);
        float[] image = new float[dataset.shape().length()];
        dataset.image(sample, image, 0);
        int label = dataset.contentLabel(sample);
        String content = label >= 0 && label < dataset.contentClasses().size() ? dataset.contentClasses().get(label)
                : dataset.pairingKey(sample);
        return new Probe(index, dataset.domains().get(dataset.domainLabel(sample)), content, image);
    }
}
