package maxwell.train.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import maxwell.model.AdversaryFormulation;
import maxwell.model.OptimizerKind;
import maxwell.train.graph.Gradients;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.graph.StandardNormal;

/**
 * Optimisation steps of a {@link PartitionedModel}. Gradients come from one backward pass of the
 * model's single loss; each variable group then moves with its own optimiser state, which is what
 * lets the alternating game give the adversary k steps per encoder step and its own learning rate.
 */
public final class AdversarialTrainer {

    private final PartitionedModel model;
    private final int adversaryStepsPerStep;
    private final Map<String, ParameterUpdate> updaters = new LinkedHashMap<>();
    private final long noiseSeed;
    private final Map<String, INDArray> updaterStates = new LinkedHashMap<>();
    private final NativeMemoryReclaimer reclaimer = NativeMemoryReclaimer.forTraining();
    private long step;
    private double learningRateFactor = 1.0;

    /**
     * @param adversarySteps k: adversary updates per encoder update in the alternating game (1 otherwise)
     * @param noiseSeed seeds the reparameterisation noise of Gaussian partitions
     */
    public AdversarialTrainer(PartitionedModel model, double learningRate, double adversaryLearningRate,
            int adversarySteps, long noiseSeed) {
        this(model, OptimizerKind.ADAM, learningRate, adversaryLearningRate, adversarySteps, noiseSeed);
    }

    /**
     * @param optimizer the optimiser of every variable group (the adversary gets its own instance and,
     *        in the alternating game, its own learning rate)
     */
    public AdversarialTrainer(PartitionedModel model, OptimizerKind optimizer, double learningRate,
            double adversaryLearningRate, int adversarySteps, long noiseSeed) {
        this.model = model;
        boolean alternating = model.formulation() == AdversaryFormulation.ALTERNATING_MIN_MAX;
        this.adversaryStepsPerStep = alternating ? Math.max(1, adversarySteps) : 1;
        this.noiseSeed = noiseSeed;
        for (String variable : model.autoencoderVariables()) {
            updaters.put(variable, updater(config(optimizer, learningRate), variable));
        }
        for (String variable : model.adversaryVariables()) {
            updaters.put(variable, updater(config(optimizer, alternating ? adversaryLearningRate : learningRate), variable));
        }
    }

    /**
     * One step on a batch: in the alternating game k − 1 adversary-only updates, then one update
     * of everything; otherwise one update of everything.
     *
     * @param input rows of flattened images in [0, 1]
     * @param adversaryTarget one-hot rows of what the adversary predicts
     * @throws TrainingDivergedException if a loss is NaN or infinite, or the demon's cross-entropy shows
     *         that the codes ran away from it (no weight is changed then)
     */
    public StepLosses step(INDArray input, INDArray adversaryTarget, double lambda) {
        return step(input, adversaryTarget, lambda, null);
    }

    /**
     * @param pairGroups per row the group of rows that show the same item in different domains
     *        (indices in [0, rows)), for the pairing term; null when the batch is not paired
     */
    public StepLosses step(INDArray input, INDArray adversaryTarget, double lambda, int[] pairGroups) {
        List<INDArray> noise = noise(input.size(0));
        for (int k = 1; k < adversaryStepsPerStep; k++) {
            Gradients adversaryOnly = model.adversaryStep(input, adversaryTarget, noise);
            apply(adversaryOnly, model.adversaryVariables());
        }
        PartitionedModel.Step result = model.step(input, adversaryTarget, lambda, noise, pairGroups);
        StepLosses losses = measure(result, adversaryTarget, lambda);
        requireRecoverable(losses);
        apply(result.gradients(), model.allVariables());
        step++;
        reclaimer.stepDone();
        return losses;
    }

    /**
     * Scales the learning rate of every variable group from the next step on (a schedule's value;
     * 1 is the configured rate). Every optimiser here moves a parameter by an amount proportional to
     * its learning rate, so scaling the step is scaling the rate.
     */
    public void setLearningRateFactor(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("a learning rate factor must be in (0, 1], got " + factor);
        }
        this.learningRateFactor = factor;
    }

    public long stepsDone() {
        return step;
    }

    private void requireRecoverable(StepLosses losses) {
        if (!losses.isFinite()) {
            throw TrainingDivergedException.notFinite(losses);
        }
        if (losses.codesRanAway()) {
            throw TrainingDivergedException.runaway(losses);
        }
    }

    private StepLosses measure(PartitionedModel.Step result, INDArray target, double lambda) {
        INDArray predicted = result.adversaryLogits().argMax(1);
        INDArray truth = target.argMax(1);
        double accuracy = predicted.eq(truth).castTo(DataType.DOUBLE).meanNumber().doubleValue();
        return new StepLosses(step, result.loss(), result.reconstruction(), result.kl(), result.adversaryCrossEntropy(),
                accuracy, lambda, result.pairing(), result.domainMmd(), result.crossReconstruction());
    }

    private void apply(Gradients gradients, List<String> variables) {
        int iteration = (int) Math.min(Integer.MAX_VALUE, step);
        for (String variable : variables) {
            INDArray gradient = gradients.get(variable);
            if (gradient == null) {
                continue;
            }
            updaters.get(variable).apply(model.parameters().get(variable), gradient, iteration, learningRateFactor);
        }
    }

    /** Drawn from (seed, step) alone, so a run resumed at step s draws what it would have drawn. */
    private List<INDArray> noise(long rows) {
        List<INDArray> noise = new ArrayList<>();
        StandardNormal normal = new StandardNormal(noiseSeed * 0x9E3779B97F4A7C15L + step);
        for (PartitionCode partition : model.partitions()) {
            noise.add(model.gaussian() ? normal.matrix(rows, partition.dimension(), 1.0) : null);
        }
        return noise;
    }

    private static IUpdater config(OptimizerKind optimizer, double learningRate) {
        return switch (optimizer) {
            case ADAM -> new Adam(learningRate);
            case SGD -> new Sgd(learningRate);
            case RMSPROP -> new RmsProp(learningRate);
        };
    }

    private ParameterUpdate updater(IUpdater config, String variable) {
        INDArray parameter = model.parameters().get(variable);
        long size = parameter.length();
        long stateSize = config.stateSize(size);
        INDArray state = stateSize == 0 ? null : Nd4j.zeros(model.dataType(), 1, stateSize);
        if (state != null) {
            updaterStates.put(variable, state);
        }
        if (config instanceof Adam adam && FusedAdam.fits(parameter, size) && FusedAdam.fits(state, stateSize)) {
            return new FusedAdam(adam.getLearningRate(), adam.getBeta1(), adam.getBeta2(), adam.getEpsilon(), state, size);
        }
        GradientUpdater<?> updater = config.instantiate(state, true);
        return (p, gradient, iteration, factor) -> {
            updater.applyUpdater(gradient, iteration, 0);
            p.subi(factor == 1.0 ? gradient : gradient.muli(factor));
        };
    }

    /**
     * Everything a resumed run needs to continue exactly: weights, optimiser moments, step. The
     * noise and the data order are functions of the seed and the step, so they need no state.
     */
    public TrainerState state() {
        Map<String, float[]> values = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (String variable : model.allVariables()) {
            INDArray array = model.parameters().get(variable);
            values.put(variable, array.dup().ravel().toFloatVector());
            shapes.put(variable, array.shape());
        }
        Map<String, float[]> optimiser = new LinkedHashMap<>();
        updaterStates.forEach((variable, state) -> optimiser.put(variable, state.dup().ravel().toFloatVector()));
        return new TrainerState(step, values, shapes, optimiser);
    }

    /**
     * Continues from a saved state of a trainer built from the same experiment.
     *
     * @throws IllegalArgumentException if the state belongs to another model (names or shapes differ)
     */
    public void restore(TrainerState state) {
        for (String variable : model.allVariables()) {
            INDArray array = model.parameters().get(variable);
            float[] values = state.weights().get(variable);
            if (values == null || !java.util.Arrays.equals(state.shapes().get(variable), array.shape())) {
                throw new IllegalArgumentException("the checkpoint does not fit this model: variable '" + variable
                        + "' is missing or has another shape");
            }
            array.assign(Nd4j.create(values, array.shape(), DataType.FLOAT).castTo(array.dataType()));
        }
        updaterStates.forEach((variable, array) -> {
            float[] values = state.optimiser().get(variable);
            if (values == null || values.length != array.length()) {
                throw new IllegalArgumentException("the checkpoint has no optimiser state for '" + variable + "'");
            }
            array.assign(Nd4j.create(values, array.shape(), DataType.FLOAT).castTo(array.dataType()));
        });
        step = state.step();
    }

    /** Variable values, for checkpoints and reproducibility checks. */
    public Map<String, INDArray> weights() {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        for (String variable : model.allVariables()) {
            copy.put(variable, model.parameters().get(variable).dup());
        }
        return copy;
    }

    List<String> variableNames() {
        return new ArrayList<>(updaters.keySet());
    }
}
