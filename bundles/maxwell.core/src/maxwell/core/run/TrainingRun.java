package maxwell.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.data.api.Batch;
import maxwell.data.api.Batches;
import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.api.Subset;
import maxwell.data.spec.Datasets;
import maxwell.dl4j.Dl4jRuntime;
import maxwell.dl4j.NativeBinary;
import maxwell.model.AdversarySpec;
import maxwell.model.AdversaryTarget;
import maxwell.model.Experiment;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.TrainingSpec;
import maxwell.model.io.ExperimentFileException;
import maxwell.train.graph.CodeReader;
import maxwell.train.graph.CodeReader.Codes;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.graph.PartitionedModelBuilder;
import maxwell.train.schedule.LambdaSchedules;
import maxwell.train.schedule.LearningRateSchedules;
import maxwell.train.step.AdversarialTrainer;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.StepLosses;
import maxwell.train.step.TrainerState;
import maxwell.train.step.TrainingDivergedException;

/**
 * Trains one run to its end, writing everything to its run folder as it goes: metrics, latent
 * snapshots of the probe set at each evaluation point, checkpoints, and the record. A run that
 * stops (cancelled, killed, failed) continues from its last checkpoint to the same result an
 * uninterrupted run reaches: the data order, the noise and λ are functions of the seed and the step.
 */
public final class TrainingRun {

    /** Checkpoints older than the newest few are removed; one spare survives a damaged newest one. */
    private static final int CHECKPOINTS_KEPT = 2;
    private static final int METRIC_FLUSH_STEPS = 10;
    private static final int PROBE_BATCH = 256;

    private final RunFolder run;
    private final Experiment experiment;
    private final Dataset dataset;
    private final TrainingPlan plan;
    private final PartitionedModel model;
    private final AdversarialTrainer trainer;
    private final CodeReader codeReader;
    private final boolean predictsContent;

    private TrainingRun(RunFolder run, Experiment experiment, Dataset dataset) {
        this.run = run;
        this.experiment = experiment;
        this.dataset = dataset;
        AdversarySpec adversary = experiment.getAdversary();
        this.predictsContent = adversary.getPredicts() == AdversaryTarget.CONTENT;
        int classes = predictsContent ? dataset.contentClasses().size() : dataset.domainCount();
        this.plan = TrainingPlan.of(experiment.getTraining(), dataset.split().train().size());
        this.model = PartitionedModelBuilder.build(experiment.getModel(), adversary,
                new ModelShape(dataset.shape().length(), classes, dataset.shape().channels(), dataset.shape().height(),
                        dataset.shape().width()), experiment.getSeed());
        TrainingSpec training = experiment.getTraining();
        this.trainer = new AdversarialTrainer(model, training.getOptimizer(), training.getLearningRate(),
                adversary.getLearningRate(), adversary.getAdversarySteps(), experiment.getSeed() + 1);
        this.codeReader = new CodeReader(model);
    }

    /**
     * Creates the run folder for an experiment (its copy of the experiment has data paths made
     * absolute, so the run can be reproduced from anywhere) and prepares training.
     *
     * @param experimentFile where the experiment was read from, for relative data paths and messages
     */
    public static TrainingRun create(RunStore store, Experiment experiment, Path experimentFile)
            throws IOException, ExperimentFileException, DataException {
        Experiment copy = DataPaths.absolute(experiment, experimentFile);
        Dataset dataset = Datasets.open(copy, experimentFile);
        RunFolder run = store.create(copy, dataset.fingerprint());
        return new TrainingRun(run, copy, dataset);
    }

    /** Prepares a stopped run (interrupted, cancelled, failed) to continue from its last checkpoint. */
    public static TrainingRun reopen(RunFolder run) throws IOException, ExperimentFileException, DataException {
        Experiment experiment = run.experiment();
        Dataset dataset = Datasets.open(experiment, run.folder().resolve("experiment.maxwell"));
        RunRecord record = run.record();
        if (!dataset.fingerprint().equals(record.getDatasetFingerprint())) {
            throw new IOException("run " + run.runId() + " was trained on other data (fingerprint "
                    + record.getDatasetFingerprint() + ", the data now gives " + dataset.fingerprint() + ")");
        }
        return new TrainingRun(run, experiment, dataset);
    }

    public RunFolder run() {
        return run;
    }

    public long totalSteps() {
        return plan.totalSteps();
    }

    /**
     * Trains until the run is finished, cancelled or fails, and records which.
     *
     * @return the final status: FINISHED, CANCELLED or FAILED
     */
    public RunStatus execute(TrainingProgress progress) throws IOException {
        RunRecord record = run.record();
        if (record.getStatus() == RunStatus.FINISHED) {
            return RunStatus.FINISHED;
        }
        if (RunStore.effectiveStatus(record) == RunStatus.RUNNING && record.getProcessId() != ProcessHandle.current().pid()) {
            throw new IOException("run " + run.runId() + " is already training in process " + record.getProcessId());
        }
        long startStep = restoreLatestCheckpoint();
        // A killed run logged steps after its last checkpoint; they are about to be trained again.
        MetricsLog.keepUpTo(run.metricsFile(), startStep);
        markRunning(record, startStep);
        progress.started(startStep, plan.totalSteps());
        try (MetricsLog metrics = MetricsLog.openForAppend(run.metricsFile())) {
            RunStatus end = train(startStep, metrics, progress);
            return finish(end, null);
        } catch (TrainingDivergedException e) {
            finish(RunStatus.FAILED, e.getMessage());
            return RunStatus.FAILED;
        } catch (RuntimeException | IOException e) {
            finish(RunStatus.FAILED, "training stopped: " + e);
            throw e;
        }
    }

    private RunStatus train(long startStep, MetricsLog metrics, TrainingProgress progress) throws IOException {
        Subset train = dataset.split().train();
        // the pairing and cross reconstruction terms need each item's renderings in one batch
        boolean paired = model.pairingWeight() > 0 || model.crossReconstructionWeight() > 0;
        long step = startStep;
        List<MetricPoint> pending = new ArrayList<>();
        long windowStart = System.nanoTime();
        int windowSamples = 0;
        while (step < plan.totalSteps()) {
            int epoch = plan.epochOf(step);
            int[] order = paired ? train.pairedOrder(experiment.getSeed(), epoch) : train.order(experiment.getSeed(), epoch);
            int skip = plan.batchInEpoch(step) * plan.batchSize();
            Batches batches = train.batches(Arrays.copyOfRange(order, Math.min(skip, order.length), order.length),
                    plan.batchSize());
            while (batches.hasNext() && step < plan.totalSteps()) {
                if (progress.isCancelled()) {
                    metrics.append(pending);
                    checkpoint(step);
                    return RunStatus.CANCELLED;
                }
                Batch batch = batches.next();
                double lambda = lambdaAt(step);
                double learningRateFactor = learningRateFactorAt(step);
                trainer.setLearningRateFactor(learningRateFactor);
                StepLosses losses = trainer.step(input(batch), target(batch), lambda, paired ? pairGroups(batch) : null);
                step++;
                windowSamples += batch.size();
                pending.addAll(points(losses, step));
                if (learningRateDecays()) {
                    pending.add(new MetricPoint(step, plan.progressInEpochs(step), "learning_rate",
                            experiment.getTraining().getLearningRate() * learningRateFactor));
                }
                progress.stepDone(losses, plan.totalSteps());
                if (step % METRIC_FLUSH_STEPS == 0 || plan.evaluatesAfter(step) || plan.checkpointsAfter(step)) {
                    double seconds = (System.nanoTime() - windowStart) / 1e9;
                    pending.add(new MetricPoint(step, plan.progressInEpochs(step), "samples_per_second",
                            seconds > 0 ? windowSamples / seconds : 0));
                    metrics.append(pending);
                    pending.clear();
                    windowSamples = 0;
                }
                if (plan.evaluatesAfter(step)) {
                    metrics.append(evaluate(step));
                    progress.note(String.format(Locale.ROOT, "evaluated the probe set at step %d", step));
                }
                if (plan.checkpointsAfter(step)) {
                    checkpoint(step);
                }
                if (windowSamples == 0) {
                    // after the flush, evaluation and checkpoint: samples/s is the training's own speed
                    windowStart = System.nanoTime();
                }
            }
        }
        return RunStatus.FINISHED;
    }

    /** Encodes the probe set and writes the snapshot; returns the probe-set metrics. */
    private List<MetricPoint> evaluate(long step) throws IOException {
        Subset probe = dataset.split().probe();
        int wanted = experiment.getAnalysis() == null ? 0 : experiment.getAnalysis().getProbeSamples();
        int samples = wanted > 0 ? Math.min(wanted, probe.size()) : probe.size();
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = probe.sample(i);
        }
        List<PartitionCode> partitions = model.partitions();
        float[][] codes = new float[partitions.size()][];
        float[][] means = new float[partitions.size()][];
        float[][] logVariances = new float[partitions.size()][];
        for (int p = 0; p < partitions.size(); p++) {
            codes[p] = new float[samples * partitions.get(p).dimension()];
            if (model.gaussian()) {
                means[p] = new float[codes[p].length];
                logVariances[p] = new float[codes[p].length];
            }
        }
        int[] domains = new int[samples];
        int[] contents = new int[samples];
        int correct = 0;
        int[] correctPerDemon = new int[model.demons()];
        Batches batches = probe.batches(order, PROBE_BATCH);
        int offset = 0;
        while (batches.hasNext()) {
            Batch batch = batches.next();
            Codes read = codeReader.read(input(batch));
            for (int p = 0; p < partitions.size(); p++) {
                String name = partitions.get(p).name();
                int dimension = partitions.get(p).dimension();
                System.arraycopy(read.codes().get(name), 0, codes[p], offset * dimension, batch.size() * dimension);
                if (model.gaussian()) {
                    System.arraycopy(read.means().get(name), 0, means[p], offset * dimension, batch.size() * dimension);
                    System.arraycopy(read.logVariances().get(name), 0, logVariances[p], offset * dimension,
                            batch.size() * dimension);
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                domains[offset + i] = batch.domainLabels()[i];
                contents[offset + i] = batch.contentLabels()[i];
                int truth = predictsContent ? batch.contentLabels()[i] : batch.domainLabels()[i];
                if (read.adversaryPredictions()[i] == truth) {
                    correct++;
                }
                for (int d = 0; d < correctPerDemon.length; d++) {
                    if (read.demonPredictions().get(d)[i] == truth) {
                        correctPerDemon[d]++;
                    }
                }
            }
            offset += batch.size();
        }
        List<PartitionCodes> partitionCodes = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            partitionCodes.add(new PartitionCodes(partitions.get(p).name(), partitions.get(p).dimension(), codes[p],
                    means[p], logVariances[p]));
        }
        double epoch = plan.progressInEpochs(step);
        LatentSnapshot snapshot = new LatentSnapshot(step, epoch, domains, contents, partitionCodes);
        run.writeSnapshot(snapshot);
        List<MetricPoint> points = new ArrayList<>();
        points.add(new MetricPoint(step, epoch, DemonMetrics.PROBE_ACCURACY, (double) correct / Math.max(1, samples)));
        if (correctPerDemon.length > 1) {
            // an ensemble's vote can hide demons that disagree: each one's accuracy is kept as well
            for (int d = 0; d < correctPerDemon.length; d++) {
                points.add(new MetricPoint(step, epoch, DemonMetrics.probeAccuracyOf(d),
                        (double) correctPerDemon[d] / Math.max(1, samples)));
            }
        }
        points.addAll(FreshProbeMetrics.of(snapshot, experiment.getSeed()));
        return points;
    }

    private void checkpoint(long step) throws IOException {
        TrainerState state = trainer.state();
        CheckpointFiles.write(state, run.checkpoints().resolve(String.format(Locale.ROOT, "step-%012d.checkpoint", step)));
        RunRecord record = run.record();
        record.setLastCheckpointStep(step);
        record.setStepsDone(step);
        record.setEpochsDone(plan.progressInEpochs(step));
        run.saveRecord(record);
        List<Path> all = checkpointFiles();
        for (int i = 0; i < all.size() - CHECKPOINTS_KEPT; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** The newest readable checkpoint, or step 0 if there is none; a damaged newest one is skipped. */
    private long restoreLatestCheckpoint() throws IOException {
        List<Path> all = checkpointFiles();
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                TrainerState state = CheckpointFiles.read(all.get(i));
                trainer.restore(state);
                return state.step();
            } catch (IOException e) {
                // a checkpoint cut short by a kill: fall back to the one before it
            }
        }
        return 0;
    }

    private List<Path> checkpointFiles() throws IOException {
        try (Stream<Path> files = Files.list(run.checkpoints())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".checkpoint"))
                    .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private void markRunning(RunRecord record, long startStep) throws IOException {
        record.setStatus(RunStatus.RUNNING);
        record.setProcessId(ProcessHandle.current().pid());
        record.setHost(RunStore.hostName());
        if (record.getStarted() == null) {
            record.setStarted(new Date());
        }
        record.setEnded(null);
        record.setFailure(null);
        record.setStepsDone(startStep);
        record.setMaxwellVersion(RunHost.maxwellVersion());
        // the native build is part of the version: the last digits of the losses depend on it
        record.setDl4jVersion(Dl4jRuntime.DL4J_VERSION + " (" + NativeBinary.inEffect() + " build)");
        record.setJavaVersion(System.getProperty("java.version"));
        run.saveRecord(record);
    }

    private RunStatus finish(RunStatus status, String failure) throws IOException {
        RunRecord record = run.record();
        record.setStatus(status);
        record.setEnded(new Date());
        record.setFailure(failure);
        run.saveRecord(record);
        return status;
    }

    private double lambdaAt(long step) {
        AdversarySpec adversary = experiment.getAdversary();
        return LambdaSchedules.lambdaAt(adversary.getSchedule(), adversary.getLambda(), adversary.getRampEpochs(),
                plan.progressInEpochs(step));
    }

    private double learningRateFactorAt(long step) {
        TrainingSpec training = experiment.getTraining();
        return LearningRateSchedules.factorAt(training.getLearningRateDecayStart(), training.getFinalLearningRateFactor(), step,
                plan.totalSteps());
    }

    private boolean learningRateDecays() {
        return experiment.getTraining().getLearningRateDecayStart() < 1;
    }

    /** Per row the first row of the batch showing the same item: the groups the pairing term pulls together. */
    private int[] pairGroups(Batch batch) {
        int[] samples = batch.samples();
        int[] groups = new int[batch.size()];
        Map<Integer, Integer> firstRowOfItem = new HashMap<>();
        for (int row = 0; row < groups.length; row++) {
            int thisRow = row;
            groups[row] = firstRowOfItem.computeIfAbsent(dataset.itemOf(samples[row]), item -> thisRow);
        }
        return groups;
    }

    private INDArray input(Batch batch) {
        int length = dataset.shape().length();
        float[] images = batch.size() * length == batch.images().length ? batch.images()
                : Arrays.copyOf(batch.images(), batch.size() * length);
        return Nd4j.create(images, new long[] { batch.size(), length }, DataType.FLOAT);
    }

    private INDArray target(Batch batch) {
        int classes = model.shape().adversaryClasses();
        float[] oneHot = new float[batch.size() * classes];
        for (int i = 0; i < batch.size(); i++) {
            int label = predictsContent ? batch.contentLabels()[i] : batch.domainLabels()[i];
            if (label >= 0) {
                oneHot[i * classes + label] = 1f;
            }
        }
        return Nd4j.create(oneHot, new long[] { batch.size(), classes }, DataType.FLOAT);
    }

    private List<MetricPoint> points(StepLosses losses, long stepsDone) {
        double epoch = plan.progressInEpochs(stepsDone);
        List<MetricPoint> points = new ArrayList<>(List.of(new MetricPoint(stepsDone, epoch, "loss", losses.total()),
                new MetricPoint(stepsDone, epoch, "reconstruction_loss", losses.reconstruction()),
                new MetricPoint(stepsDone, epoch, "adversary_ce", losses.adversaryCrossEntropy()),
                new MetricPoint(stepsDone, epoch, "adversary_accuracy", losses.adversaryAccuracy()),
                new MetricPoint(stepsDone, epoch, "lambda", losses.lambda()),
                new MetricPoint(stepsDone, epoch, "pairing", losses.pairing()),
                new MetricPoint(stepsDone, epoch, "domain_mmd", losses.domainMmd())));
        if (model.crossReconstructionWeight() > 0) {
            points.add(new MetricPoint(stepsDone, epoch, "cross_reconstruction_loss", losses.crossReconstruction()));
        }
        if (model.gaussian()) {
            // deterministic codes have no KL term: a series of zeros would read as a KL of zero
            points.add(new MetricPoint(stepsDone, epoch, "kl_loss", losses.kl()));
        }
        return points;
    }
}
