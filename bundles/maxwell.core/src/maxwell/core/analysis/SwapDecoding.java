package maxwell.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.RunFolder;
import maxwell.core.store.SnapshotFiles;
import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.api.ImageShape;
import maxwell.data.api.Subset;
import maxwell.data.spec.Datasets;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.train.graph.CodeDecoder;
import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.TrainerState;

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
        try {
            Experiment experiment = run.experiment();
            Dataset dataset = Datasets.open(experiment, run.folder().resolve("experiment.maxwell"));
            TrainerState state = newestCheckpoint(run);
            LatentSnapshot snapshot = snapshotAt(run, state.step());
            var settings = AnalysisSettings.of(experiment);
            PartitionCodes content = snapshot.partitions().get(settings.contentPartition());
            PartitionCodes style = snapshot.partitions().get(settings.stylePartition());
            List<Probe> probes = choose(dataset, snapshot, size);
            List<PartitionCode> partitions = snapshot.partitions().stream()
                    .map(p -> new PartitionCode(p.name(), p.dimension())).toList();
            CodeDecoder decoder = new CodeDecoder(partitions, state);
            int n = probes.size();
            float[][][] decoded = new float[n][n][];
            for (int r = 0; r < n; r++) {
                Map<String, float[]> codes = new LinkedHashMap<>();
                for (PartitionCodes p : snapshot.partitions()) {
                    float[] rows = new float[n * p.dimension()];
                    for (int c = 0; c < n; c++) {
                        // content from the row image; style (and any further partition) from the column image
                        int source = p == content ? probes.get(r).snapshotIndex() : probes.get(c).snapshotIndex();
                        System.arraycopy(codeOf(p), source * p.dimension(), rows, c * p.dimension(), p.dimension());
                    }
                    codes.put(p.name(), rows);
                }
                float[] images = decoder.decode(codes, n);
                int length = dataset.shape().length();
                for (int c = 0; c < n; c++) {
                    decoded[r][c] = java.util.Arrays.copyOfRange(images, c * length, (c + 1) * length);
                }
            }
            return new SwapGrid(snapshot.step(), snapshot.epoch(), dataset.shape(), content.name(), style.name(), probes,
                    decoded);
        } catch (ExperimentFileException | DataException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("run " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    /** The code the model decodes from: the mean of a Gaussian partition (noise 0), as the snapshot's code is. */
    private static float[] codeOf(PartitionCodes p) {
        return p.means() != null ? p.means() : p.codes();
    }

    private static List<Probe> choose(Dataset dataset, LatentSnapshot snapshot, int size) {
        int domains = dataset.domainCount();
        int items = snapshot.samples() / domains;
        int n = Math.max(1, Math.min(size, items));
        Subset probe = dataset.split().probe();
        List<Probe> probes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int item = (int) ((long) k * items / n);
            int index = item * domains + k % domains;
            int sample = probe.sample(index);
            float[] image = new float[dataset.shape().length()];
            dataset.image(sample, image, 0);
            int label = dataset.contentLabel(sample);
            String content = label >= 0 && label < dataset.contentClasses().size() ? dataset.contentClasses().get(label)
                    : dataset.pairingKey(sample);
            probes.add(new Probe(index, dataset.domains().get(dataset.domainLabel(sample)), content, image));
        }
        return probes;
    }

    private static TrainerState newestCheckpoint(RunFolder run) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = java.nio.file.Files.list(run.checkpoints())) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".checkpoint"))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        IOException last = null;
        for (int i = files.size() - 1; i >= 0; i--) {
            try {
                return CheckpointFiles.read(files.get(i));
            } catch (IOException e) {
                last = e; // a checkpoint cut short by a kill: the one before it still decodes
            }
        }
        throw new IOException("run " + run.runId() + " has no readable checkpoint to decode with"
                + (last == null ? "" : " (" + last.getMessage() + ")"));
    }

    private static LatentSnapshot snapshotAt(RunFolder run, long step) throws IOException {
        for (Path file : run.snapshots()) {
            if (file.getFileName().toString().equals(String.format(java.util.Locale.ROOT, "step-%012d.snapshot", step))) {
                return SnapshotFiles.read(file);
            }
        }
        throw new IOException("run " + run.runId() + " has no snapshot at step " + step
                + " (its newest checkpoint); the swap grid needs codes and decoder of the same step");
    }
}
