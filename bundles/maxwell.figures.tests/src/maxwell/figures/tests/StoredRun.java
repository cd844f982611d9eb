package maxwell.figures.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.TrainerState;

/**
 * A small run in a run store, built without training: the content code carries the content label
 * and, fading out over the epochs, the domain; the style code carries the domain. So the demon
 * table has known signs (domain bits leave the content chamber) and every figure has data.
 */
final class StoredRun {

    static final int ITEMS = 30;
    static final int DOMAINS = 4;
    static final int CLASSES = 3;
    static final int DIM = 4;
    static final int STEPS_PER_EPOCH = 10;

    private StoredRun() {
    }

    static Experiment experiment(long seed) {
        Experiment e = ExperimentTemplates.syntheticMapTiles();
        e.setSeed(seed);
        e.getData().setImageSize(16);
        e.getData().setTrainSize(40);
        e.getData().setProbeSize(ITEMS);
        e.getModel().getPartitions().forEach(p -> p.setDimension(DIM));
        e.getAnalysis().setSurrogates(5);
        e.getAnalysis().setBootstrapResamples(5);
        return e;
    }

    /** A run with {@code epochs} snapshots, metrics and a checkpoint at the last step. */
    static RunFolder create(Path root, long seed, int epochs) throws Exception {
        return create(root, experiment(seed), epochs);
    }

    /** The same, for an experiment with other settings; its seed also seeds the fake codes and metrics. */
    static RunFolder create(Path root, Experiment experiment, int epochs) throws Exception {
        long seed = experiment.getSeed();
        RunFolder run = new RunStore(root).create(experiment, "test-fingerprint");
        List<MetricPoint> metrics = new ArrayList<>();
        for (int step = 1; step <= epochs * STEPS_PER_EPOCH; step++) {
            double epoch = (double) step / STEPS_PER_EPOCH;
            metrics.add(new MetricPoint(step, epoch, "loss", 100 - step));
            metrics.add(new MetricPoint(step, epoch, "reconstruction_loss", 90 - step));
            metrics.add(new MetricPoint(step, epoch, "kl_loss", 5 + step * 0.1));
            metrics.add(new MetricPoint(step, epoch, "adversary_ce", 1.3 + 0.01 * step));
            metrics.add(new MetricPoint(step, epoch, "adversary_accuracy", 0.6 - 0.01 * step));
            metrics.add(new MetricPoint(step, epoch, "lambda", Math.min(10, step)));
            metrics.add(new MetricPoint(step, epoch, "samples_per_second", 200 + seed));
        }
        for (int e = 1; e <= epochs; e++) {
            addSnapshot(run, e, epochs, seed);
            metrics.add(new MetricPoint((long) e * STEPS_PER_EPOCH, e, "probe_adversary_accuracy", 0.5 - 0.05 * e));
        }
        try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
            log.append(metrics);
        }
        writeCheckpoint(run, (long) epochs * STEPS_PER_EPOCH, seed);
        return run;
    }

    static void addSnapshot(RunFolder run, int epoch, int epochs, long seed) throws IOException {
        int n = ITEMS * DOMAINS;
        Random random = new Random(seed * 31 + epoch);
        int[] domains = new int[n];
        int[] contents = new int[n];
        float[] content = new float[n * DIM];
        float[] style = new float[n * DIM];
        double leak = 1.0 - (double) epoch / epochs; // domain information in the content chamber fades
        for (int i = 0; i < n; i++) {
            domains[i] = i % DOMAINS;
            contents[i] = (i / DOMAINS) % CLASSES;
            for (int j = 0; j < DIM; j++) {
                content[i * DIM + j] = (float) ((j == contents[i] ? 3 : 0) + (j == 3 ? 3 * leak * domains[i] : 0)
                        + 0.3 * random.nextGaussian());
                style[i * DIM + j] = (float) ((j == domains[i] ? 3 : 0) + 0.3 * random.nextGaussian());
            }
        }
        float[] logVariance = new float[n * DIM];
        java.util.Arrays.fill(logVariance, -4f);
        run.writeSnapshot(new LatentSnapshot((long) epoch * STEPS_PER_EPOCH, epoch, domains, contents,
                List.of(new PartitionCodes("content", DIM, content, content.clone(), logVariance.clone()),
                        new PartitionCodes("style", DIM, style, style.clone(), logVariance.clone()))));
    }

    /** Decoder weights only (no hidden layer): what the swap grid reads from a checkpoint. */
    static void writeCheckpoint(RunFolder run, long step, long seed) throws IOException {
        int image = 3 * 16 * 16;
        Random random = new Random(seed);
        Map<String, float[]> weights = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (String p : List.of("content", "style")) {
            float[] w = new float[DIM * image];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian();
            }
            weights.put("dec_in_" + p + "_w", w);
            shapes.put("dec_in_" + p + "_w", new long[] { DIM, image });
        }
        weights.put("dec_in_b", new float[image]);
        shapes.put("dec_in_b", new long[] { image });
        CheckpointFiles.write(new TrainerState(step, weights, shapes, Map.of()),
                run.checkpoints().resolve(String.format("step-%012d.checkpoint", step)));
    }
}
