package maxwell.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.RunFolder;
import maxwell.core.store.SnapshotFiles;
import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.spec.Datasets;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.train.graph.CodeDecoder;
import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.TrainerState;

/**
 * A run's newest point that can be decoded: the decoder of its newest readable checkpoint and the
 * probe codes of the snapshot taken at the same step, with the dataset they came from. What the
 * swap grid and the traversals decode from.
 */
record DecodablePoint(RunFolder run, Experiment experiment, Dataset dataset, LatentSnapshot snapshot, CodeDecoder decoder,
        maxwell.info.flow.FlowSettings settings) {

    /** @throws IOException if the run has no readable checkpoint, no snapshot at its step, or no data */
    static DecodablePoint newest(RunFolder run) throws IOException {
        try {
            Experiment experiment = run.experiment();
            Dataset dataset = Datasets.open(experiment, run.folder().resolve("experiment.maxwell"));
            TrainerState state = null;
            LatentSnapshot snapshot = null;
            IOException unreadable = null;
            // newest first; a checkpoint cut short by a kill, or written between evaluations, is passed over
            for (Path file : checkpointsNewestFirst(run)) {
                try {
                    TrainerState candidate = CheckpointFiles.read(file);
                    Path snapshotFile = snapshotFile(run, candidate.step());
                    if (snapshotFile != null) {
                        state = candidate;
                        snapshot = SnapshotFiles.read(snapshotFile);
                        break;
                    }
                } catch (IOException e) {
                    unreadable = e;
                }
            }
            if (state == null) {
                throw new IOException("run " + run.runId() + " has no readable checkpoint taken at an evaluation point,"
                        + " which decoding needs (decoder and codes of the same step)"
                        + (unreadable == null ? "" : "; " + unreadable.getMessage()));
            }
            List<PartitionCode> partitions = snapshot.partitions().stream()
                    .map(p -> new PartitionCode(p.name(), p.dimension())).toList();
            return new DecodablePoint(run, experiment, dataset, snapshot, new CodeDecoder(partitions, state),
                    AnalysisSettings.of(experiment));
        } catch (ExperimentFileException | DataException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("run " + run.runId() + ": " + e.getMessage(), e);
        }
    }

    PartitionCodes content() {
        return snapshot.partitions().get(settings.contentPartition());
    }

    PartitionCodes style() {
        return snapshot.partitions().get(settings.stylePartition());
    }

    /** The code the model decodes from: the mean of a Gaussian partition (noise 0), as the snapshot's code is. */
    static float[] codeOf(PartitionCodes p) {
        return p.means() != null ? p.means() : p.codes();
    }

    private static List<Path> checkpointsNewestFirst(RunFolder run) throws IOException {
        if (!java.nio.file.Files.isDirectory(run.checkpoints())) {
            return List.of();
        }
        try (Stream<Path> listing = java.nio.file.Files.list(run.checkpoints())) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".checkpoint"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    private static Path snapshotFile(RunFolder run, long step) throws IOException {
        String name = String.format(java.util.Locale.ROOT, "step-%012d.snapshot", step);
        for (Path file : run.snapshots()) {
            if (file.getFileName().toString().equals(name)) {
                return file;
            }
        }
        return null;
    }
}
