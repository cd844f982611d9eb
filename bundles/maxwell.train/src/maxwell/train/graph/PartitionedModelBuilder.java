package maxwell.train.graph;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
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
 * Builds the {@link PartitionedModel} of an experiment: layer sizes from the model spec, the
 * demon from the adversary spec, initial weights (Glorot normal, zero biases) from the seed alone.
 * Parameter names (enc0_w, mu_content_w, dec_in_w_style, adv0_w, demon1_adv0_w, ...) are the keys of
 * checkpoints.
 */
public final class PartitionedModelBuilder {

    private final ModelSpec spec;
    private final AdversarySpec adversary;
    private final Weights weights;
    private final DataType dataType;
    private final PartitionedModel.Builder model = new PartitionedModel.Builder();

    private PartitionedModelBuilder(ModelSpec spec, AdversarySpec adversary, long seed, DataType dataType) {
        this.spec = spec;
        this.adversary = adversary;
        this.weights = new Weights(seed);
        this.dataType = dataType;
    }

    /**
     * @throws IllegalArgumentException if the spec asks for something this trainer cannot build;
     *         the message says what
     */
    public static PartitionedModel build(ModelSpec spec, AdversarySpec adversary, ModelShape shape, long seed) {
        return build(spec, adversary, shape, seed, DataType.FLOAT);
    }

    /** @param dataType FLOAT for training; DOUBLE for gradient checks */
    public static PartitionedModel build(ModelSpec spec, AdversarySpec adversary, ModelShape shape, long seed,
            DataType dataType) {
        return new PartitionedModelBuilder(spec, adversary, seed, dataType).build(shape);
    }

    private PartitionedModel build(ModelShape shape) {
        requireBuildable();
        model.shape = shape;
        model.formulation = adversary.getFormulation();
        model.gaussian = spec.getLatentType() == LatentType.GAUSSIAN;
        model.beta = model.gaussian ? spec.getBeta() : 0.0;
        model.pairingWeight = spec.getPairingWeight();
        model.domainMmdWeight = spec.getDomainMmdWeight();
        model.crossReconstructionWeight = spec.getCrossReconstructionWeight();
        int hiddenSize;
        if (spec.getEncoderKind() == NetworkKind.CONV) {
            model.encoder = convolutions(shape, spec.getEncoderHiddenSizes());
            hiddenSize = Math.toIntExact(ConvStack.outputSize(spec.getEncoderHiddenSizes(), shape.height(), shape.width()));
        } else {
            model.encoder = mlp("enc", shape.inputSize(), spec.getEncoderHiddenSizes(), true, model.autoencoderParameters);
            hiddenSize = lastSize(shape.inputSize(), spec.getEncoderHiddenSizes());
        }
        List<Partition> partitions = spec.getPartitions();
        for (int p = 0; p < partitions.size(); p++) {
            Partition partition = partitions.get(p);
            model.partitions.add(new PartitionCode(partition.getName(), partition.getDimension()));
            model.meanHeads.add(dense("mu_" + partition.getName(), hiddenSize, partition.getDimension(), true,
                    model.autoencoderParameters));
            if (model.gaussian) {
                model.logVarianceHeads.add(dense("logvar_" + partition.getName(), hiddenSize, partition.getDimension(), true,
                        model.autoencoderParameters));
            }
            if (partition == adversary.getWatches()) {
                model.watched = p;
            }
            if (partition.getRole() == PartitionRole.STYLE && model.style < 0) {
                model.style = p;
            }
        }
        if (model.formulation == AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE && model.style < 0) {
            throw new IllegalArgumentException(
                    "the BiVAE objective needs a STYLE partition for the adversary to read the domain from");
        }
        List<Integer> hidden = spec.getDecoderHiddenSizes();
        int firstSize = hidden.isEmpty() ? shape.inputSize() : hidden.get(0);
        for (PartitionCode partition : model.partitions) {
            model.decoderInputs.add(dense("dec_in_" + partition.name(), partition.dimension(), firstSize, false,
                    model.autoencoderParameters));
        }
        model.decoderBiasName = "dec_in_b";
        model.decoderBias = parameter(model.decoderBiasName, Nd4j.zeros(dataType, 1, firstSize), model.autoencoderParameters);
        model.decoderHidden = !hidden.isEmpty();
        if (model.decoderHidden) {
            List<Integer> rest = new ArrayList<>(hidden.subList(1, hidden.size()));
            rest.add(shape.inputSize());
            model.decoderRest = mlp("dec", firstSize, rest, false, model.autoencoderParameters);
        }
        List<Integer> adversaryLayers = new ArrayList<>(adversary.getHiddenSizes());
        adversaryLayers.add(shape.adversaryClasses());
        for (int d = 0; d < Math.max(1, adversary.getDemons()); d++) {
            // the first demon keeps the names (and the weights) a single demon had, so old checkpoints still load
            String prefix = d == 0 ? "adv" : "demon" + d + "_adv";
            model.demons.add(mlp(prefix, adversary.getWatches().getDimension(), adversaryLayers, false, model.adversaryParameters));
        }
        return new PartitionedModel(model);
    }

    private ConvStack convolutions(ModelShape shape, List<Integer> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a CONV encoder needs at least one layer: its hidden sizes are channel counts");
        }
        int height = shape.height();
        int width = shape.width();
        for (int i = 0; i < channels.size(); i++) {
            height = Conv.outputSize(height);
            width = Conv.outputSize(width);
        }
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("a CONV encoder of " + channels.size() + " layers halves a " + shape.height()
                    + " × " + shape.width() + " image " + channels.size() + " times, leaving nothing; use fewer layers");
        }
        List<Conv> layers = new ArrayList<>();
        int in = shape.channels();
        for (int i = 0; i < channels.size(); i++) {
            String name = "conv" + i;
            INDArray w = parameter(name + "_w", weights.convolution(Conv.KERNEL, in, channels.get(i)).castTo(dataType),
                    model.autoencoderParameters);
            INDArray b = parameter(name + "_b", Nd4j.zeros(dataType, channels.get(i)), model.autoencoderParameters);
            layers.add(new Conv(name + "_w", w, name + "_b", b));
            in = channels.get(i);
        }
        return new ConvStack(layers, shape.channels(), shape.height(), shape.width());
    }

    private Mlp mlp(String prefix, int inputSize, List<Integer> sizes, boolean reluAfterLast, List<String> group) {
        List<Dense> layers = new ArrayList<>();
        int in = inputSize;
        for (int i = 0; i < sizes.size(); i++) {
            layers.add(dense(prefix + i, in, sizes.get(i), true, group));
            in = sizes.get(i);
        }
        return new Mlp(layers, reluAfterLast);
    }

    private Dense dense(String name, int in, int out, boolean withBias, List<String> group) {
        INDArray w = parameter(name + "_w", weights.xavier(in, out).castTo(dataType), group);
        INDArray b = withBias ? parameter(name + "_b", Nd4j.zeros(dataType, 1, out), group) : null;
        return new Dense(name + "_w", w, withBias ? name + "_b" : null, b);
    }

    private INDArray parameter(String name, INDArray value, List<String> group) {
        if (model.parameters.put(name, value) != null) {
            throw new IllegalArgumentException("two parameters are named '" + name + "': give the partitions distinct names");
        }
        group.add(name);
        return value;
    }

    private static int lastSize(int inputSize, List<Integer> hiddenSizes) {
        return hiddenSizes.isEmpty() ? inputSize : hiddenSizes.get(hiddenSizes.size() - 1);
    }

    private void requireBuildable() {
        if (spec.getDecoderKind() != NetworkKind.MLP) {
            throw new IllegalArgumentException("this trainer builds MLP decoders; a " + spec.getDecoderKind()
                    + " decoder is not supported yet");
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
