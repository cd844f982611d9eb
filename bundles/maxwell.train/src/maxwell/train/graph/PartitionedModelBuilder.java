package maxwell.train.graph;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.model.AdversaryFormulation;
import maxwell.model.AdversarySpec;
import maxwell.model.LatentType;
import maxwell.model.ModelSpec;
import maxwell.model.NetworkKind;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;
import maxwell.train.graph.PartitionedModel.PartitionCode;

/**
 * Builds the adversarial-partition model as one SameDiff graph with one scalar loss whose
 * gradient does the right thing for every variable group, whatever the formulation:
 * <ul>
 * <li>BiVAE single objective: recon + β·KL + λ·[CE(adv(z_s), d) + CE(adv(z_c), uniform)];</li>
 * <li>alternating min-max: the adversary learns CE(adv(stopGradient(z_c)), d), while the encoder
 * minimises λ·CE(adv'(z_c), uniform) through a copy adv' of the adversary whose weights are
 * behind stopGradient, so each group only receives its own objective's gradient;</li>
 * <li>gradient reversal: CE(adv(GRL_λ(z_c)), d).</li>
 * </ul>
 * SameDiff, not ComputationGraph: the alternating game needs the same adversary weights on two
 * paths with different gradient flow, which a layer graph cannot express without a second
 * network; SameDiff was also the faster DL4J engine for this model (see dl4j-notes).
 */
public final class PartitionedModelBuilder {

    private final ModelSpec spec;
    private final AdversarySpec adversary;
    private final ModelShape shape;
    private final Weights weights;
    private final SameDiff sd = SameDiff.create();
    private final List<String> autoencoderVariables = new ArrayList<>();
    private final List<String> adversaryVariables = new ArrayList<>();

    private PartitionedModelBuilder(ModelSpec spec, AdversarySpec adversary, ModelShape shape, long seed) {
        this.spec = spec;
        this.adversary = adversary;
        this.shape = shape;
        this.weights = new Weights(seed);
    }

    /**
     * @throws IllegalArgumentException if the spec asks for something this trainer cannot build;
     *         the message says what
     */
    public static PartitionedModel build(ModelSpec spec, AdversarySpec adversary, ModelShape shape, long seed) {
        return new PartitionedModelBuilder(spec, adversary, shape, seed).build();
    }

    private PartitionedModel build() {
        requireBuildable();
        boolean gaussian = spec.getLatentType() == LatentType.GAUSSIAN;
        SDVariable x = sd.placeHolder(GraphNames.INPUT, DataType.FLOAT, -1, shape.inputSize());
        SDVariable target = sd.placeHolder(GraphNames.ADVERSARY_TARGET, DataType.FLOAT, -1, shape.adversaryClasses());
        SDVariable lambda = sd.placeHolder(GraphNames.LAMBDA, DataType.FLOAT);

        SDVariable hidden = mlp("enc", x, shape.inputSize(), spec.getEncoderHiddenSizes(), autoencoderVariables);
        int hiddenSize = lastSize(shape.inputSize(), spec.getEncoderHiddenSizes());
        List<PartitionCode> codes = new ArrayList<>();
        List<SDVariable> partitionCodes = new ArrayList<>();
        SDVariable kl = null;
        for (Partition partition : spec.getPartitions()) {
            String name = partition.getName();
            SDVariable mean = dense(GraphNames.mean(name), hidden, hiddenSize, partition.getDimension(), autoencoderVariables);
            SDVariable code;
            if (gaussian) {
                mean = mean.rename(GraphNames.mean(name));
                SDVariable logVariance = dense(GraphNames.logVariance(name), hidden, hiddenSize, partition.getDimension(),
                        autoencoderVariables).rename(GraphNames.logVariance(name));
                SDVariable noise = sd.placeHolder(GraphNames.noise(name), DataType.FLOAT, -1, partition.getDimension());
                code = mean.add(sd.math.exp(logVariance.mul(0.5)).mul(noise));
                SDVariable partitionKl = LossTerms.gaussianKl(sd, "kl_" + name, mean, logVariance);
                kl = kl == null ? partitionKl : kl.add(partitionKl);
            } else {
                code = mean;
            }
            code = code.rename(GraphNames.code(name));
            codes.add(new PartitionCode(name, partition.getDimension()));
            partitionCodes.add(code);
        }
        if (kl == null) {
            kl = sd.constant(Nd4j.scalar(DataType.FLOAT, 0f));
        }
        kl = kl.rename(GraphNames.KL_LOSS);

        SDVariable reconstruction = decoder(partitionCodes, codes);
        SDVariable reconstructionLoss = LossTerms.squaredError(sd, GraphNames.RECONSTRUCTION_LOSS, x, reconstruction);
        SDVariable watched = partitionCodes.get(indexOf(codes, adversary.getWatches().getName()));
        SDVariable objective = adversarialObjective(watched, partitionCodes, codes, target, lambda);
        SDVariable beta = sd.constant(Nd4j.scalar(DataType.FLOAT, (float) (gaussian ? spec.getBeta() : 0.0)));
        reconstructionLoss.add(kl.mul(beta)).add(objective).rename(GraphNames.LOSS);
        sd.setLossVariables(GraphNames.LOSS);
        return new PartitionedModel(sd, shape, adversary.getFormulation(), gaussian, List.copyOf(codes),
                adversary.getWatches().getName(), List.copyOf(autoencoderVariables), List.copyOf(adversaryVariables));
    }

    private SDVariable adversarialObjective(SDVariable watched, List<SDVariable> codes, List<PartitionCode> names,
            SDVariable target, SDVariable lambda) {
        int watchedSize = adversary.getWatches().getDimension();
        AdversaryFormulation formulation = adversary.getFormulation();
        AdversaryNetwork demon = new AdversaryNetwork(watchedSize);
        switch (formulation) {
            case GRADIENT_REVERSAL -> {
                SDVariable logits = demon.logits(GradientReversal.reverse(sd, "reversed_watched", watched, lambda), false);
                logits.rename(GraphNames.ADVERSARY_LOGITS);
                return LossTerms.crossEntropy(sd, GraphNames.ADVERSARY_CE, logits, target);
            }
            case ALTERNATING_MIN_MAX -> {
                SDVariable detached = new StopGradient(sd, watched).outputVariable();
                SDVariable logits = demon.logits(detached, false).rename(GraphNames.ADVERSARY_LOGITS);
                SDVariable adversaryLoss = LossTerms.crossEntropy(sd, GraphNames.ADVERSARY_CE, logits, target);
                SDVariable confusion = LossTerms.crossEntropyToUniform(sd, "confusion", demon.logits(watched, true),
                        shape.adversaryClasses());
                return adversaryLoss.add(confusion.mul(lambda));
            }
            case BIVAE_SINGLE_OBJECTIVE -> {
                SDVariable style = codes.get(indexOfStyle(names));
                SDVariable logits = demon.logits(watched, false).rename(GraphNames.ADVERSARY_LOGITS);
                LossTerms.crossEntropy(sd, GraphNames.ADVERSARY_CE, logits, target);
                SDVariable styleCe = LossTerms.crossEntropy(sd, "style_ce", demon.logits(style, false), target);
                SDVariable confusion = LossTerms.crossEntropyToUniform(sd, "confusion", logits, shape.adversaryClasses());
                return styleCe.add(confusion).mul(lambda);
            }
            default -> throw new IllegalArgumentException("unknown adversary formulation " + formulation);
        }
    }

    /** The demon: an MLP from a partition's code to class logits; its weights are created once. */
    private final class AdversaryNetwork {
        private final List<SDVariable> layerWeights = new ArrayList<>();
        private final List<SDVariable> layerBiases = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();

        AdversaryNetwork(int inputSize) {
            int in = inputSize;
            List<Integer> layers = new ArrayList<>(adversary.getHiddenSizes());
            layers.add(shape.adversaryClasses());
            for (int i = 0; i < layers.size(); i++) {
                int out = layers.get(i);
                layerWeights.add(variable("adv_w" + i, weights.xavier(in, out), adversaryVariables));
                layerBiases.add(variable("adv_b" + i, weights.zeros(out), adversaryVariables));
                sizes.add(out);
                in = out;
            }
        }

        /** @param frozen read the weights through stopGradient, so this path cannot train the demon */
        SDVariable logits(SDVariable input, boolean frozen) {
            SDVariable activation = input;
            for (int i = 0; i < layerWeights.size(); i++) {
                SDVariable w = frozen ? new StopGradient(sd, layerWeights.get(i)).outputVariable() : layerWeights.get(i);
                SDVariable b = frozen ? new StopGradient(sd, layerBiases.get(i)).outputVariable() : layerBiases.get(i);
                activation = sd.nn.linear(activation, w, b);
                if (i < layerWeights.size() - 1) {
                    activation = sd.nn.relu(activation, 0);
                }
            }
            return activation;
        }
    }

    /**
     * The first decoder layer is Σ_p z_p·W_p + b, one weight matrix per partition: mathematically
     * the same as a dense layer on the concatenation, which diverged in context in M2.1.
     */
    private SDVariable decoder(List<SDVariable> codes, List<PartitionCode> names) {
        List<Integer> hidden = spec.getDecoderHiddenSizes();
        int firstSize = hidden.isEmpty() ? shape.inputSize() : hidden.get(0);
        SDVariable sum = null;
        for (int i = 0; i < codes.size(); i++) {
            SDVariable w = variable("dec_in_w_" + names.get(i).name(), weights.xavier(names.get(i).dimension(), firstSize),
                    autoencoderVariables);
            SDVariable term = codes.get(i).mmul(w);
            sum = sum == null ? term : sum.add(term);
        }
        SDVariable bias = variable("dec_in_b", weights.zeros(firstSize), autoencoderVariables);
        SDVariable activation = sum.add(bias);
        if (hidden.isEmpty()) {
            return sd.nn.sigmoid(GraphNames.RECONSTRUCTION, activation);
        }
        activation = sd.nn.relu(activation, 0);
        SDVariable rest = mlp("dec", activation, firstSize, hidden.subList(1, hidden.size()), autoencoderVariables);
        int restSize = lastSize(firstSize, hidden.subList(1, hidden.size()));
        SDVariable out = dense("dec_out", rest, restSize, shape.inputSize(), autoencoderVariables);
        return sd.nn.sigmoid(GraphNames.RECONSTRUCTION, out);
    }

    private SDVariable mlp(String prefix, SDVariable input, int inputSize, List<Integer> hiddenSizes, List<String> group) {
        SDVariable activation = input;
        int in = inputSize;
        for (int i = 0; i < hiddenSizes.size(); i++) {
            activation = sd.nn.relu(dense(prefix + i, activation, in, hiddenSizes.get(i), group), 0);
            in = hiddenSizes.get(i);
        }
        return activation;
    }

    private SDVariable dense(String name, SDVariable input, int in, int out, List<String> group) {
        SDVariable w = variable(name + "_w", weights.xavier(in, out), group);
        SDVariable b = variable(name + "_b", weights.zeros(out), group);
        return sd.nn.linear(input, w, b);
    }

    private SDVariable variable(String name, org.nd4j.linalg.api.ndarray.INDArray initial, List<String> group) {
        group.add(name);
        return sd.var(name, initial);
    }

    private static int lastSize(int inputSize, List<Integer> hiddenSizes) {
        return hiddenSizes.isEmpty() ? inputSize : hiddenSizes.get(hiddenSizes.size() - 1);
    }

    private static int indexOf(List<PartitionCode> codes, String name) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the adversary watches a partition that does not exist: " + name);
    }

    private int indexOfStyle(List<PartitionCode> codes) {
        for (int i = 0; i < spec.getPartitions().size(); i++) {
            if (spec.getPartitions().get(i).getRole() == PartitionRole.STYLE) {
                return i;
            }
        }
        throw new IllegalArgumentException("the BiVAE objective needs a STYLE partition for the adversary to read the domain from");
    }

    private void requireBuildable() {
        if (spec.getEncoderKind() != NetworkKind.MLP || spec.getDecoderKind() != NetworkKind.MLP) {
            throw new IllegalArgumentException("this trainer builds MLP encoders and decoders; "
                    + spec.getEncoderKind() + "/" + spec.getDecoderKind() + " is not supported yet");
        }
        Partition watched = adversary.getWatches();
        if (watched == null || watched.eIsProxy() || !spec.getPartitions().contains(watched)) {
            throw new IllegalArgumentException("the adversary watches a partition that does not exist");
        }
        if (adversary.getFormulation() == AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE) {
            for (Partition partition : spec.getPartitions()) {
                if (partition.getRole() == PartitionRole.STYLE && partition.getDimension() != watched.getDimension()) {
                    throw new IllegalArgumentException("the BiVAE objective runs one adversary on '" + watched.getName()
                            + "' and on '" + partition.getName() + "', so they need the same dimension ("
                            + watched.getDimension() + " ≠ " + partition.getDimension() + ")");
                }
            }
        }
    }
}
