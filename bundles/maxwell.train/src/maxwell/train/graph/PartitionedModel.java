package maxwell.train.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import maxwell.model.AdversaryFormulation;

/**
 * The adversarial-partition model with its forward and backward passes written as explicit ND4J
 * calls: an encoder, a Gaussian or deterministic head per partition, a decoder whose first layer
 * is Σ_p z_p·W_p + b, and the demon on the watched partition. Each formulation routes gradients so
 * that every parameter group receives exactly its own objective's gradient:
 * <ul>
 * <li>gradient reversal: the demon learns CE(adv(z_c), d); the encoder receives −λ times that
 * gradient through z_c;</li>
 * <li>alternating min-max: the demon learns CE(adv(z_c), d) on the detached code; the encoder
 * minimises λ·CE(adv(z_c), uniform) through the frozen demon;</li>
 * <li>BiVAE single objective: everything minimises recon + β·KL + λ·[CE(adv(z_s), d) +
 * CE(adv(z_c), uniform)].</li>
 * </ul>
 * An ensemble of n demons reads the same code, each with its own weights and optimiser state: each
 * learns its own cross-entropy, and the encoder's adversarial term is the mean of their terms, so a
 * code that fools one demon but not the others is still pushed. With n = 1 every number is what a
 * single demon gives.
 * <p>
 * Two optional terms act on the means of the watched partition, which is what a fresh probe reads
 * after training: pairing (the same item's renderings agree) and domain MMD (each domain's codes
 * are spread like the whole batch's).
 * Why not SameDiff: its session cost about 60 ms per step whatever the model size, and its
 * matrix products on transposed views copy them; these explicit calls make a step of the default
 * model 3–4× faster (see the README of this bundle). The formulas are checked against finite
 * differences in PartitionedModelGradientTest.
 */
public final class PartitionedModel {

    /** A partition's name and code size. */
    public record PartitionCode(String name, int dimension) {
    }

    private final ModelShape shape;
    private final AdversaryFormulation formulation;
    private final boolean gaussian;
    private final double beta;
    private final double pairingWeight;
    private final double domainMmdWeight;
    private final double crossReconstructionWeight;
    private final List<PartitionCode> partitions;
    private final int watched;
    private final int style;
    private final Network encoder;
    private final List<Dense> meanHeads;
    private final List<Dense> logVarianceHeads;
    private final List<Dense> decoderInputs;
    private final String decoderBiasName;
    private final INDArray decoderBias;
    private final boolean decoderHidden;
    private final Mlp decoderRest;
    private final List<Mlp> demons;
    private final Map<String, INDArray> parameters;
    private final List<String> autoencoderParameters;
    private final List<String> adversaryParameters;
    /** The gradient arrays of the last step, written over by the next (see {@link Gradients}). */
    private final Map<String, INDArray> gradientBuffers = new java.util.HashMap<>();

    PartitionedModel(Builder b) {
        this.shape = b.shape;
        this.formulation = b.formulation;
        this.gaussian = b.gaussian;
        this.beta = b.beta;
        this.pairingWeight = b.pairingWeight;
        this.domainMmdWeight = b.domainMmdWeight;
        this.crossReconstructionWeight = b.crossReconstructionWeight;
        this.partitions = List.copyOf(b.partitions);
        this.watched = b.watched;
        this.style = b.style;
        this.encoder = b.encoder;
        this.meanHeads = List.copyOf(b.meanHeads);
        this.logVarianceHeads = List.copyOf(b.logVarianceHeads);
        this.decoderInputs = List.copyOf(b.decoderInputs);
        this.decoderBiasName = b.decoderBiasName;
        this.decoderBias = b.decoderBias;
        this.decoderHidden = b.decoderHidden;
        this.decoderRest = b.decoderRest;
        this.demons = List.copyOf(b.demons);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.autoencoderParameters = List.copyOf(b.autoencoderParameters);
        this.adversaryParameters = List.copyOf(b.adversaryParameters);
    }

    /** What the builder assembles; the model keeps none of it mutable. */
    static final class Builder {
        ModelShape shape;
        AdversaryFormulation formulation;
        boolean gaussian;
        double beta;
        double pairingWeight;
        double domainMmdWeight;
        double crossReconstructionWeight;
        List<PartitionCode> partitions = new ArrayList<>();
        int watched;
        int style = -1;
        Network encoder;
        List<Dense> meanHeads = new ArrayList<>();
        List<Dense> logVarianceHeads = new ArrayList<>();
        List<Dense> decoderInputs = new ArrayList<>();
        String decoderBiasName;
        INDArray decoderBias;
        boolean decoderHidden;
        Mlp decoderRest;
        List<Mlp> demons = new ArrayList<>();
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        List<String> autoencoderParameters = new ArrayList<>();
        List<String> adversaryParameters = new ArrayList<>();
    }

    /** The encoder's view of a batch: means, log-variances (Gaussian) and codes per partition. */
    public record Encoding(INDArray hidden, Pass encoderPass, List<INDArray> means, List<INDArray> logVariances,
            List<INDArray> codes, List<INDArray> noise) {
    }

    /**
     * The losses of one step and the gradient of every parameter. The gradients live in arrays the
     * model reuses: they hold until the next {@link #step} or {@link #adversaryStep} of this model.
     */
    public record Step(double loss, double reconstruction, double kl, double adversaryCrossEntropy, double pairing,
            double domainMmd, double crossReconstruction, INDArray adversaryLogits, Gradients gradients) {
    }

    /**
     * @param noise standard-normal draws per partition (rows × dimension); ignored by a deterministic
     *        encoder, and zero noise gives the codes' means
     */
    public Encoding encode(INDArray input, List<INDArray> noise) {
        INDArray x = input.castTo(dataType());
        Pass pass = encoder.forward(x);
        INDArray hidden = pass.output();
        List<INDArray> means = new ArrayList<>();
        List<INDArray> logVariances = new ArrayList<>();
        List<INDArray> codes = new ArrayList<>();
        List<INDArray> usedNoise = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            INDArray mean = meanHeads.get(p).forward(hidden);
            means.add(mean);
            if (gaussian) {
                INDArray logVariance = logVarianceHeads.get(p).forward(hidden);
                INDArray epsilon = noise.get(p).castTo(dataType());
                logVariances.add(logVariance);
                usedNoise.add(epsilon);
                codes.add(Transforms.exp(logVariance.mul(0.5), false).muli(epsilon).addi(mean));
            } else {
                codes.add(mean);
            }
        }
        return new Encoding(hidden, pass, means, logVariances, codes, usedNoise);
    }

    /**
     * The ensemble's logits on a code of the watched partition: with one demon its logits, with
     * several the log of their mean class probabilities (a vote that weighs each demon's confidence).
     */
    public INDArray adversaryLogits(INDArray code) {
        return ensembleLogits(forwardDemons(code.castTo(dataType())));
    }

    /** Each demon's own logits on a code, in ensemble order. */
    public List<INDArray> demonLogits(INDArray code) {
        return forwardDemons(code.castTo(dataType())).stream().map(Pass::output).toList();
    }

    private List<Pass> forwardDemons(INDArray code) {
        return demons.stream().map(demon -> demon.forward(code)).toList();
    }

    private static INDArray ensembleLogits(List<Pass> passes) {
        if (passes.size() == 1) {
            return passes.get(0).output();
        }
        // log mean_d p_d, shifted by the largest log-probability so that exp cannot underflow to log 0
        List<INDArray> logProbabilities = passes.stream().map(pass -> Losses.logSoftmax(pass.output())).toList();
        INDArray largest = logProbabilities.get(0);
        for (INDArray logP : logProbabilities.subList(1, logProbabilities.size())) {
            largest = Transforms.max(largest, logP, true);
        }
        INDArray sum = largest.mul(0);
        for (INDArray logP : logProbabilities) {
            sum.addi(Transforms.exp(logP.sub(largest), false));
        }
        return Transforms.log(sum.divi(passes.size()), false).addi(largest);
    }

    /** Images (rows in [0, 1]) from one code per partition, in model order. */
    public INDArray decode(List<INDArray> codes) {
        return decodeWithPass(codes).reconstruction();
    }

    private record Decoding(INDArray firstHidden, Pass restPass, INDArray reconstruction) {
    }

    private Decoding decodeWithPass(List<INDArray> codes) {
        INDArray first = null;
        for (int p = 0; p < partitions.size(); p++) {
            INDArray term = decoderInputs.get(p).forward(codes.get(p).castTo(dataType()));
            first = first == null ? term : first.addi(term);
        }
        first.addiRowVector(decoderBias);
        if (!decoderHidden) {
            return new Decoding(first, null, Transforms.sigmoid(first, true));
        }
        Transforms.relu(first, false);
        Pass rest = decoderRest.forward(first);
        return new Decoding(first, rest, Transforms.sigmoid(rest.output(), true));
    }

    /**
     * Losses and gradients of one training step.
     *
     * @param target one-hot rows of what the demon predicts
     * @param pairGroups per row the group of rows showing the same item (indices in [0, rows)), or
     *        null; used only when the pairing weight is positive
     */
    public Step step(INDArray input, INDArray target, double lambda, List<INDArray> noise, int[] pairGroups) {
        INDArray x = input.castTo(dataType());
        INDArray t = target.castTo(dataType());
        Gradients gradients = new Gradients(parameters, gradientBuffers);
        Encoding encoding = encode(x, noise);
        Decoding decoding = decodeWithPass(encoding.codes());
        Losses.Term reconstruction = Losses.squaredError(x, decoding.reconstruction());

        List<INDArray> codeGradients = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            codeGradients.add(null);
        }
        backwardDecoder(decoding, reconstruction.gradient(), encoding.codes(), codeGradients, gradients);
        double crossReconstruction = 0;
        if (crossReconstructionWeight > 0 && pairGroups != null && style >= 0 && style != watched) {
            crossReconstruction = crossReconstruct(x, encoding.codes(), crossSwaps(pairGroups, t), codeGradients, gradients);
        }

        INDArray watchedCode = encoding.codes().get(watched);
        List<Pass> onWatched = forwardDemons(watchedCode);
        double share = 1.0 / demons.size();
        double adversaryCe = 0;
        double objective = 0;
        for (int d = 0; d < demons.size(); d++) {
            Mlp demon = demons.get(d);
            Pass pass = onWatched.get(d);
            Losses.Term demonCe = Losses.crossEntropy(pass.output(), t);
            adversaryCe += share * demonCe.value();
            switch (formulation) {
                case GRADIENT_REVERSAL -> {
                    INDArray reversed = demon.backward(pass, demonCe.gradient().dup(), gradients, true);
                    add(codeGradients, watched, reversed.muli(-lambda * share));
                    objective += share * demonCe.value();
                }
                case ALTERNATING_MIN_MAX -> {
                    demon.backward(pass, demonCe.gradient().dup(), gradients, false);
                    Losses.Term confusion = Losses.crossEntropyToUniform(pass.output());
                    add(codeGradients, watched, demon.backward(pass, confusion.gradient().muli(lambda * share), null, true));
                    objective += share * (demonCe.value() + lambda * confusion.value());
                }
                case BIVAE_SINGLE_OBJECTIVE -> {
                    Pass onStyle = demon.forward(encoding.codes().get(style));
                    Losses.Term styleCe = Losses.crossEntropy(onStyle.output(), t);
                    Losses.Term confusion = Losses.crossEntropyToUniform(pass.output());
                    add(codeGradients, style, demon.backward(onStyle, styleCe.gradient().muli(lambda * share), gradients, true));
                    add(codeGradients, watched, demon.backward(pass, confusion.gradient().muli(lambda * share), gradients, true));
                    objective += share * lambda * (styleCe.value() + confusion.value());
                }
                default -> throw new IllegalStateException("unknown formulation " + formulation);
            }
        }

        double pairing = 0;
        double domainMmd = 0;
        List<INDArray> meanGradients = new ArrayList<>();
        List<INDArray> logVarianceGradients = new ArrayList<>();
        double kl = 0;
        for (int p = 0; p < partitions.size(); p++) {
            INDArray codeGradient = codeGradients.get(p);
            INDArray mean = encoding.means().get(p);
            INDArray meanGradient = codeGradient == null ? mean.mul(0) : codeGradient.dup();
            INDArray logVarianceGradient = null;
            if (gaussian) {
                INDArray logVariance = encoding.logVariances().get(p);
                Losses.GaussianKl partitionKl = Losses.gaussianKl(mean, logVariance);
                kl += partitionKl.value();
                meanGradient.addi(partitionKl.meanGradient().muli(beta));
                logVarianceGradient = partitionKl.logVarianceGradient().muli(beta);
                if (codeGradient != null) {
                    // z = μ + exp(s/2)·ε, so ∂z/∂s = ½·exp(s/2)·ε
                    INDArray dzds = Transforms.exp(logVariance.mul(0.5), false).muli(encoding.noise().get(p)).muli(0.5);
                    logVarianceGradient.addi(codeGradient.mul(dzds));
                }
            }
            if (p == watched && pairingWeight > 0 && pairGroups != null) {
                Losses.Term pairingTerm = Losses.pairing(mean, pairGroups);
                pairing = pairingTerm.value();
                meanGradient.addi(pairingTerm.gradient().muli(pairingWeight));
            }
            if (p == watched && domainMmdWeight > 0) {
                // on the means, which is what a fresh k-NN probe reads after training
                Losses.Term mmdTerm = Losses.domainMmd(mean, t);
                domainMmd = mmdTerm.value();
                meanGradient.addi(mmdTerm.gradient().muli(domainMmdWeight));
            }
            meanGradients.add(meanGradient);
            logVarianceGradients.add(logVarianceGradient);
        }
        INDArray hiddenGradient = null;
        for (int p = 0; p < partitions.size(); p++) {
            INDArray fromMean = meanHeads.get(p).backward(encoding.hidden(), meanGradients.get(p), gradients, true);
            hiddenGradient = hiddenGradient == null ? fromMean : hiddenGradient.addi(fromMean);
            if (gaussian) {
                hiddenGradient.addi(logVarianceHeads.get(p).backward(encoding.hidden(), logVarianceGradients.get(p), gradients, true));
            }
        }
        encoder.backward(encoding.encoderPass(), hiddenGradient, gradients, false);

        double loss = reconstruction.value() + (gaussian ? beta * kl : 0) + objective + pairingWeight * pairing
                + domainMmdWeight * domainMmd + crossReconstructionWeight * crossReconstruction;
        return new Step(loss, reconstruction.value(), kl, adversaryCe, pairing, domainMmd, crossReconstruction,
                ensembleLogits(onWatched), gradients);
    }

    /**
     * The demons' own update in the alternating game: for each demon the gradient of its
     * CE(adv(z_c), d) on the detached code, for the k − 1 extra adversary steps.
     */
    public Gradients adversaryStep(INDArray input, INDArray target, List<INDArray> noise) {
        Encoding encoding = encode(input, noise);
        Gradients gradients = new Gradients(parameters, gradientBuffers);
        INDArray t = target.castTo(dataType());
        for (Mlp demon : demons) {
            Pass pass = demon.forward(encoding.codes().get(watched));
            Losses.Term ce = Losses.crossEntropy(pass.output(), t);
            demon.backward(pass, ce.gradient(), gradients, false);
        }
        return gradients;
    }

    /**
     * The cross reconstruction term: each row decoded from the watched partition's code of another
     * rendering of its item and the style code of another item in its own domain (the other
     * partitions keep the row's own codes). Only what the renderings of an item share helps the first,
     * only what a domain adds to every item helps the second. Adds its gradients, weighted, to the
     * codes' gradients (through the swaps' transposes) and the decoder's.
     *
     * @return the term before its weight: the batch mean of the squared errors, like the reconstruction's
     */
    private double crossReconstruct(INDArray x, List<INDArray> codes, CrossSwaps swaps, List<INDArray> codeGradients,
            Gradients gradients) {
        List<INDArray> crossed = new ArrayList<>(codes);
        crossed.set(watched, swaps.contentDonors().mmul(codes.get(watched)));
        crossed.set(style, swaps.styleDonors().mmul(codes.get(style)));
        Decoding decoding = decodeWithPass(crossed);
        Losses.Term term = Losses.squaredError(x, decoding.reconstruction());
        List<INDArray> crossedGradients = new ArrayList<>();
        for (int p = 0; p < partitions.size(); p++) {
            crossedGradients.add(null);
        }
        backwardDecoder(decoding, term.gradient().muli(crossReconstructionWeight), crossed, crossedGradients, gradients);
        for (int p = 0; p < partitions.size(); p++) {
            INDArray gradient = crossedGradients.get(p);
            if (gradient == null) {
                continue;
            }
            if (p == watched) {
                gradient = swaps.contentDonors().transpose().mmul(gradient);
            } else if (p == style) {
                gradient = swaps.styleDonors().transpose().mmul(gradient);
            }
            add(codeGradients, p, gradient);
        }
        return term.value();
    }

    /** Row-selection matrices: row i of D·codes is the code of row i's donor. */
    record CrossSwaps(INDArray contentDonors, INDArray styleDonors) {
    }

    /**
     * For each row, the next row of the batch (cyclically) that shows the same item, and the next
     * that shows another item in the same domain; a row without one is its own donor.
     */
    private CrossSwaps crossSwaps(int[] groups, INDArray domainTargets) {
        int rows = groups.length;
        int[] domain = domainTargets.argMax(1).toIntVector();
        double[] content = new double[rows * rows];
        double[] styleDonor = new double[rows * rows];
        for (int i = 0; i < rows; i++) {
            int sameItem = i;
            int sameDomain = i;
            for (int k = 1; k < rows; k++) {
                int j = (i + k) % rows;
                if (sameItem == i && groups[j] == groups[i]) {
                    sameItem = j;
                }
                if (sameDomain == i && domain[j] == domain[i] && groups[j] != groups[i]) {
                    sameDomain = j;
                }
            }
            content[i * rows + sameItem] = 1;
            styleDonor[i * rows + sameDomain] = 1;
        }
        return new CrossSwaps(Nd4j.create(content, new long[] { rows, rows }).castTo(dataType()),
                Nd4j.create(styleDonor, new long[] { rows, rows }).castTo(dataType()));
    }

    private void backwardDecoder(Decoding decoding, INDArray reconstructionGradient, List<INDArray> codes,
            List<INDArray> codeGradients, Gradients gradients) {
        INDArray y = decoding.reconstruction();
        // sigmoid: ∂y/∂o = y(1 − y)
        INDArray outputGradient = reconstructionGradient.muli(y.rsub(1.0).muli(y));
        INDArray firstGradient;
        if (decoderHidden) {
            firstGradient = decoderRest.backward(decoding.restPass(), outputGradient, gradients, true);
            firstGradient.muli(Transforms.step(decoding.firstHidden(), true));
        } else {
            firstGradient = outputGradient;
        }
        gradients.addColumnSums(decoderBiasName, firstGradient);
        for (int p = 0; p < partitions.size(); p++) {
            add(codeGradients, p, decoderInputs.get(p).backward(codes.get(p), firstGradient, gradients, true));
        }
    }

    private static void add(List<INDArray> gradients, int index, INDArray gradient) {
        INDArray current = gradients.get(index);
        gradients.set(index, current == null ? gradient : current.addi(gradient));
    }

    public DataType dataType() {
        return decoderBias.dataType();
    }

    public ModelShape shape() {
        return shape;
    }

    public AdversaryFormulation formulation() {
        return formulation;
    }

    public boolean gaussian() {
        return gaussian;
    }

    public List<PartitionCode> partitions() {
        return partitions;
    }

    public int demons() {
        return demons.size();
    }

    public String watchedPartition() {
        return partitions.get(watched).name();
    }

    public double pairingWeight() {
        return pairingWeight;
    }

    public double domainMmdWeight() {
        return domainMmdWeight;
    }

    public double crossReconstructionWeight() {
        return crossReconstructionWeight;
    }

    /** Every parameter by name, in a fixed order; the arrays are the live weights. */
    public Map<String, INDArray> parameters() {
        return parameters;
    }

    public List<String> autoencoderVariables() {
        return autoencoderParameters;
    }

    public List<String> adversaryVariables() {
        return adversaryParameters;
    }

    public List<String> allVariables() {
        return java.util.stream.Stream.concat(autoencoderParameters.stream(), adversaryParameters.stream()).toList();
    }
}
