package maxwell.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;

/**
 * Runs written straight into a run store, without training, so the figure views have known data
 * within a second: the content code holds the content class plus a domain signal that fades over
 * the epochs, the style code holds the domain. Epochs can be added later, as a trainer would.
 */
final class FakeRuns {

    static final int ITEMS_PER_DOMAIN = 30;
    static final int DOMAINS = 4;
    static final int CLASSES = 3;
    static final int DIMENSION = 4;
    static final int STEPS_PER_EPOCH = 10;

    private FakeRuns() {
    }

    static Experiment experiment(String name, long seed) {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.setName(name);
        experiment.setSeed(seed);
        experiment.getData().setImageSize(16);
        experiment.getData().setTrainSize(40);
        experiment.getData().setProbeSize(ITEMS_PER_DOMAIN);
        // the template's batch of 512 would not fit the 160 training images: the experiment would not validate
        experiment.getTraining().setBatchSize(16);
        experiment.getModel().getPartitions().forEach(partition -> partition.setDimension(DIMENSION));
        // few resamples: the demon table of a test run is computed in well under a second
        experiment.getAnalysis().setSurrogates(5);
        experiment.getAnalysis().setBootstrapResamples(5);
        return experiment;
    }

    /** A run of {@code plannedEpochs} of which the first {@code epochs} have metrics and a snapshot. */
    static RunFolder create(Path runStore, String name, long seed, int epochs, int plannedEpochs) throws Exception {
        return create(runStore, experiment(name, seed), epochs, plannedEpochs, STEPS_PER_EPOCH);
    }

    /** A run of {@code experiment} with {@code stepsPerEpoch} steps of metrics per epoch (a real run's size). */
    static RunFolder create(Path runStore, Experiment experiment, int epochs, int plannedEpochs, int stepsPerEpoch)
            throws Exception {
        RunFolder run = new RunStore(runStore).create(experiment, "ui-test-fingerprint");
        for (int epoch = 1; epoch <= epochs; epoch++) {
            addEpoch(run, epoch, plannedEpochs, experiment.getSeed(), stepsPerEpoch);
        }
        return run;
    }

    /** What a trainer writes in one epoch: its metrics, then the evaluation snapshot. */
    static void addEpoch(RunFolder run, int epoch, int plannedEpochs, long seed) throws IOException {
        addEpoch(run, epoch, plannedEpochs, seed, STEPS_PER_EPOCH);
    }

    private static void addEpoch(RunFolder run, int epoch, int plannedEpochs, long seed, int stepsPerEpoch)
            throws IOException {
        List<MetricPoint> metrics = stepMetrics((epoch - 1) * stepsPerEpoch + 1, epoch * stepsPerEpoch, stepsPerEpoch);
        metrics.add(new MetricPoint((long) epoch * stepsPerEpoch, epoch, "probe_adversary_accuracy", 0.5 - 0.05 * epoch));
        try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
            log.append(metrics);
        }
        run.writeSnapshot(snapshot(epoch, plannedEpochs, seed, stepsPerEpoch));
        writeCheckpoint(run, (long) epoch * stepsPerEpoch);
    }

    /** What a trainer logs in its first steps, before the first evaluation point: metrics, no snapshot. */
    static void addSteps(RunFolder run, int lastStep) throws IOException {
        try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
            log.append(stepMetrics(1, lastStep, STEPS_PER_EPOCH));
        }
    }

    private static List<MetricPoint> stepMetrics(int firstStep, int lastStep, int stepsPerEpoch) {
        List<MetricPoint> metrics = new ArrayList<>();
        for (int step = firstStep; step <= lastStep; step++) {
            double at = (double) step / stepsPerEpoch;
            metrics.add(new MetricPoint(step, at, "loss", 100 - step));
            metrics.add(new MetricPoint(step, at, "reconstruction_loss", 90 - step));
            metrics.add(new MetricPoint(step, at, "kl_loss", 5 + step * 0.1));
            metrics.add(new MetricPoint(step, at, "adversary_ce", 1.3 + 0.01 * step));
            metrics.add(new MetricPoint(step, at, "adversary_accuracy", 0.6 - 0.01 * step));
            metrics.add(new MetricPoint(step, at, "lambda", Math.min(10, step)));
        }
        return metrics;
    }

    /** Image side of the fake runs' tiles (the experiment's image size); three colour channels. */
    static final int IMAGE_SIDE = 16;

    /**
     * A decoder without hidden layer that draws what the codes mean, so decoded pictures can be read: each
     * content dimension paints a pattern (stripes across, stripes down, diagonals, a checkerboard), each
     * style dimension tints the tile (red, green, blue, darker).
     */
    static void writeCheckpoint(RunFolder run, long step) throws IOException {
        int plane = IMAGE_SIDE * IMAGE_SIDE;
        int image = 3 * plane;
        float[] content = new float[DIMENSION * image];
        float[] style = new float[DIMENSION * image];
        for (int j = 0; j < DIMENSION; j++) {
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < IMAGE_SIDE; y++) {
                    for (int x = 0; x < IMAGE_SIDE; x++) {
                        boolean on = switch (j % 4) {
                            case 0 -> (y / 4) % 2 == 0;
                            case 1 -> (x / 4) % 2 == 0;
                            case 2 -> ((x + y) / 4) % 2 == 0;
                            default -> ((x / 4) + (y / 4)) % 2 == 0;
                        };
                        int pixel = j * image + c * plane + y * IMAGE_SIDE + x;
                        content[pixel] = on ? 0.6f : -0.2f;
                        style[pixel] = j == 3 ? -0.35f : (c == j ? 0.5f : -0.1f);
                    }
                }
            }
        }
        java.util.Map<String, float[]> weights = new java.util.LinkedHashMap<>();
        java.util.Map<String, long[]> shapes = new java.util.LinkedHashMap<>();
        weights.put("dec_in_content_w", content);
        shapes.put("dec_in_content_w", new long[] { DIMENSION, image });
        weights.put("dec_in_style_w", style);
        shapes.put("dec_in_style_w", new long[] { DIMENSION, image });
        weights.put("dec_in_b", new float[image]);
        shapes.put("dec_in_b", new long[] { image });
        maxwell.train.step.CheckpointFiles.write(new maxwell.train.step.TrainerState(step, weights, shapes, java.util.Map.of()),
                run.checkpoints().resolve(String.format(java.util.Locale.ROOT, "step-%012d.checkpoint", step)));
    }

    private static LatentSnapshot snapshot(int epoch, int plannedEpochs, long seed, int stepsPerEpoch) {
        int items = ITEMS_PER_DOMAIN * DOMAINS;
        Random random = new Random(seed * 31 + epoch);
        int[] domains = new int[items];
        int[] classes = new int[items];
        float[] content = new float[items * DIMENSION];
        float[] style = new float[items * DIMENSION];
        double leak = 1.0 - (double) epoch / plannedEpochs;
        for (int i = 0; i < items; i++) {
            domains[i] = i % DOMAINS;
            classes[i] = (i / DOMAINS) % CLASSES;
            for (int j = 0; j < DIMENSION; j++) {
                double contentSignal = (j == classes[i] ? 3 : 0) + (j == DIMENSION - 1 ? 3 * leak * domains[i] : 0);
                content[i * DIMENSION + j] = (float) (contentSignal + 0.3 * random.nextGaussian());
                style[i * DIMENSION + j] = (float) ((j == domains[i] ? 3 : 0) + 0.3 * random.nextGaussian());
            }
        }
        float[] logVariance = new float[items * DIMENSION];
        Arrays.fill(logVariance, -4f);
        return new LatentSnapshot((long) epoch * stepsPerEpoch, epoch, domains, classes,
                List.of(new PartitionCodes("content", DIMENSION, content, content.clone(), logVariance.clone()),
                        new PartitionCodes("style", DIMENSION, style, style.clone(), logVariance.clone())));
    }
}
