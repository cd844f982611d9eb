package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.model.NetworkKind;
import maxwell.train.graph.Gradients;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModel.Encoding;
import maxwell.train.graph.PartitionedModelBuilder;

/**
 * The hand-written backward pass against central differences of each parameter group's own
 * objective, with the objectives computed here in plain Java from the forward outputs alone:
 * <ul>
 * <li>gradient reversal: autoencoder R + βKL − λ·CE + γP + δM, adversary CE;</li>
 * <li>alternating: autoencoder R + βKL + λ·CE_uniform + γP + δM, adversary CE (also for its own steps);</li>
 * <li>BiVAE: everything R + βKL + λ·(CE(adv(z_s)) + CE_uniform(adv(z_c))) + γP + δM.</li>
 * </ul>
 * With an ensemble of n demons CE, CE_uniform and CE(adv(z_s)) are means over the demons, and each
 * demon learns its own CE (the gradient of n times the mean with respect to its weights).
 * P is the pairing ratio and M the domain MMD on the content means, whose kernel widths follow the
 * batch's mean squared distance (so finite differences also see the widths move); X the cross
 * reconstruction error, each row decoded from the content code of the next row showing its item and
 * the style code of the next row showing another item in its domain. R + ... + γP + δM + χX is
 * "shared" below.
 */
class PartitionedModelGradientTest {

    private static final int ROWS = 6;
    private static final int INPUTS = 7;
    private static final int DOMAINS = 3;
    private static final double LAMBDA = 0.7;
    private static final double BETA = 0.3;
    private static final double PAIRING = 0.5;
    private static final double DOMAIN_MMD = 0.8;
    private static final double CROSS = 0.6;
    private static final double[] MMD_BANDWIDTHS = { 0.02, 0.05, 0.1, 0.25 };
    private static final int[] GROUPS = { 0, 0, 0, 3, 3, 3 };
    private static final double STEP = 1e-6;

    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void gaussianModelGradientsMatchFiniteDifferences(AdversaryFormulation formulation) {
        check(formulation, LatentType.GAUSSIAN);
    }

    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void deterministicModelGradientsMatchFiniteDifferences(AdversaryFormulation formulation) {
        check(formulation, LatentType.DETERMINISTIC);
    }

    /** A convolutional encoder (one conv layer on 2 × 6 × 6 images) under every formulation. */
    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void convolutionalEncoderGradientsMatchFiniteDifferences(AdversaryFormulation formulation) {
        check(new Problem(formulation, LatentType.GAUSSIAN, true), formulation);
    }

    /** Three demons: the encoder gets the mean of their terms, each demon its own cross-entropy. */
    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void anEnsembleOfDemonsGradientsMatchFiniteDifferences(AdversaryFormulation formulation) {
        check(new Problem(formulation, LatentType.GAUSSIAN, false, 3), formulation);
    }

    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = "ALTERNATING_MIN_MAX")
    void theDemonsOwnStepFollowsItsCrossEntropy(AdversaryFormulation formulation) {
        for (int demons : new int[] { 1, 2 }) {
            Problem problem = new Problem(formulation, LatentType.GAUSSIAN, false, demons);
            Gradients analytic = problem.model.adversaryStep(problem.input, problem.target, problem.noise);
            for (String parameter : problem.model.adversaryVariables()) {
                INDArray numeric = numericGradient(problem, parameter, () -> demons * problem.terms().ce);
                assertClose(numeric, analytic.get(parameter), parameter);
            }
        }
    }

    /** The ensemble votes with log mean_d softmax(logits_d), computed here from each demon's logits. */
    @org.junit.jupiter.api.Test
    void theEnsemblesLogitsAreTheLogOfItsMeanProbabilities() {
        Problem problem = new Problem(AdversaryFormulation.GRADIENT_REVERSAL, LatentType.GAUSSIAN, false, 3);
        INDArray code = problem.model.encode(problem.input, problem.noise).codes().get(0);
        List<INDArray> each = problem.model.demonLogits(code);
        assertEquals(3, each.size());
        assertTrue(!each.get(0).equalsWithEps(each.get(1), 1e-6) && !each.get(1).equalsWithEps(each.get(2), 1e-6),
                "the demons must start from different weights");
        double[][] ensemble = problem.model.adversaryLogits(code).toDoubleMatrix();
        for (int i = 0; i < ROWS; i++) {
            for (int k = 0; k < DOMAINS; k++) {
                double mean = 0;
                for (INDArray logits : each) {
                    mean += Math.exp(Problem.logSoftmax(logits.toDoubleMatrix()[i])[k]) / each.size();
                }
                assertEquals(Math.log(mean), ensemble[i][k], 1e-12, "row " + i + ", class " + k);
            }
        }
    }

    private void check(AdversaryFormulation formulation, LatentType latent) {
        check(new Problem(formulation, latent, false), formulation);
    }

    private void check(Problem problem, AdversaryFormulation formulation) {
        PartitionedModel.Step step = problem.model.step(problem.input, problem.target, LAMBDA, problem.noise, GROUPS);
        Terms atStart = problem.terms();
        assertEquals(atStart.reconstruction, step.reconstruction(), 1e-9);
        assertEquals(atStart.kl, step.kl(), 1e-9);
        assertEquals(atStart.ce, step.adversaryCrossEntropy(), 1e-9);
        assertEquals(atStart.pairing, step.pairing(), 1e-9);
        assertEquals(atStart.domainMmd, step.domainMmd(), 1e-9);
        assertTrue(atStart.domainMmd > 1e-4, "the MMD term must take part in the check: " + atStart.domainMmd);
        assertEquals(atStart.cross, step.crossReconstruction(), 1e-9);
        assertTrue(atStart.cross > 1e-4, "the cross reconstruction must take part in the check: " + atStart.cross);
        for (String parameter : problem.model.autoencoderVariables()) {
            INDArray numeric = numericGradient(problem, parameter, () -> autoencoderObjective(formulation, problem.terms()));
            assertClose(numeric, step.gradients().get(parameter), parameter);
        }
        for (String parameter : problem.model.adversaryVariables()) {
            INDArray numeric = numericGradient(problem, parameter,
                    () -> adversaryObjective(formulation, problem.terms(), problem.model.demons()));
            assertClose(numeric, step.gradients().get(parameter), parameter);
        }
    }

    private static double autoencoderObjective(AdversaryFormulation formulation, Terms t) {
        double shared = t.reconstruction + BETA * t.kl + PAIRING * t.pairing + DOMAIN_MMD * t.domainMmd + CROSS * t.cross;
        return switch (formulation) {
            case GRADIENT_REVERSAL -> shared - LAMBDA * t.ce;
            case ALTERNATING_MIN_MAX -> shared + LAMBDA * t.confusion;
            case BIVAE_SINGLE_OBJECTIVE -> shared + LAMBDA * (t.styleCe + t.confusion);
        };
    }

    private static double adversaryObjective(AdversaryFormulation formulation, Terms t, int demons) {
        return formulation == AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE ? LAMBDA * (t.styleCe + t.confusion) : demons * t.ce;
    }

    private static void assertClose(INDArray numeric, INDArray analytic, String parameter) {
        for (long i = 0; i < numeric.length(); i++) {
            double n = numeric.getDouble(i);
            double a = analytic == null ? 0.0 : analytic.getDouble(i);
            assertTrue(Math.abs(a - n) <= 1e-6 * Math.max(1.0, Math.abs(n)),
                    parameter + "[" + i + "]: backward " + a + ", finite differences " + n);
        }
    }

    private static INDArray numericGradient(Problem problem, String parameter, java.util.function.DoubleSupplier objective) {
        INDArray values = problem.model.parameters().get(parameter);
        INDArray gradient = values.dup();
        for (long i = 0; i < values.length(); i++) {
            double original = values.getDouble(i);
            values.putScalar(i, original + STEP);
            double up = objective.getAsDouble();
            values.putScalar(i, original - STEP);
            double down = objective.getAsDouble();
            values.putScalar(i, original);
            gradient.putScalar(i, (up - down) / (2 * STEP));
        }
        return gradient;
    }

    /** The loss terms, computed from forward outputs in plain Java. */
    private record Terms(double reconstruction, double kl, double ce, double confusion, double styleCe, double pairing,
            double domainMmd, double cross) {
    }

    private static final class Problem {
        final PartitionedModel model;
        final INDArray input;
        final INDArray target;
        final List<INDArray> noise = new ArrayList<>();
        final int[] domains = new int[ROWS];
        final int inputs;

        Problem(AdversaryFormulation formulation, LatentType latent, boolean convolutional) {
            this(formulation, latent, convolutional, 1);
        }

        Problem(AdversaryFormulation formulation, LatentType latent, boolean convolutional, int demons) {
            Experiment experiment = TinyProblem.experiment(formulation);
            experiment.getAdversary().setDemons(demons);
            experiment.getModel().setLatentType(latent);
            experiment.getModel().setBeta(BETA);
            experiment.getModel().setPairingWeight(PAIRING);
            experiment.getModel().setDomainMmdWeight(DOMAIN_MMD);
            experiment.getModel().setCrossReconstructionWeight(CROSS);
            experiment.getModel().getEncoderHiddenSizes().set(0, 5);
            experiment.getModel().getDecoderHiddenSizes().set(0, 5);
            experiment.getModel().getDecoderHiddenSizes().add(4);
            experiment.getModel().getPartitions().forEach(partition -> partition.setDimension(3));
            experiment.getAdversary().getHiddenSizes().set(0, 4);
            ModelShape shape = new ModelShape(INPUTS, DOMAINS);
            if (convolutional) {
                experiment.getModel().setEncoderKind(NetworkKind.CONV);
                experiment.getModel().getEncoderHiddenSizes().set(0, 3);
                shape = ModelShape.ofImages(2, 6, DOMAINS);
            }
            inputs = shape.inputSize();
            model = PartitionedModelBuilder.build(experiment.getModel(), experiment.getAdversary(), shape, 5, DataType.DOUBLE);
            SplittableRandom random = new SplittableRandom(9);
            // Biases start at 0, which puts pre-activations of rows with a dead input exactly on
            // ReLU's kink, where central differences are meaningless: move them off it.
            model.parameters().forEach((name, values) -> {
                if (name.endsWith("_b")) {
                    for (long i = 0; i < values.length(); i++) {
                        values.putScalar(i, 0.1 * random.nextGaussian());
                    }
                }
            });
            double[][] x = new double[ROWS][inputs];
            double[][] t = new double[ROWS][DOMAINS];
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < inputs; j++) {
                    x[i][j] = random.nextDouble();
                }
                domains[i] = i % DOMAINS;
                t[i][domains[i]] = 1;
            }
            input = Nd4j.create(x);
            target = Nd4j.create(t);
            for (int p = 0; p < 2; p++) {
                double[][] e = new double[ROWS][3];
                for (double[] row : e) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = random.nextGaussian();
                    }
                }
                noise.add(Nd4j.create(e));
            }
        }

        Terms terms() {
            Encoding encoding = model.encode(input, noise);
            double[][] x = input.toDoubleMatrix();
            double[][] y = model.decode(encoding.codes()).toDoubleMatrix();
            double reconstruction = 0;
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < inputs; j++) {
                    reconstruction += (y[i][j] - x[i][j]) * (y[i][j] - x[i][j]);
                }
            }
            double kl = 0;
            if (model.gaussian()) {
                for (int p = 0; p < 2; p++) {
                    double[][] mu = encoding.means().get(p).toDoubleMatrix();
                    double[][] s = encoding.logVariances().get(p).toDoubleMatrix();
                    for (int i = 0; i < ROWS; i++) {
                        for (int j = 0; j < mu[i].length; j++) {
                            kl += -0.5 * (1 + s[i][j] - mu[i][j] * mu[i][j] - Math.exp(s[i][j]));
                        }
                    }
                }
            }
            int watched = 0; // the template's demon watches 'content', the first partition
            List<INDArray> onContent = model.demonLogits(encoding.codes().get(watched));
            List<INDArray> onStyle = model.demonLogits(encoding.codes().get(1));
            int demons = onContent.size();
            double ce = 0;
            double confusion = 0;
            double styleCe = 0;
            for (int d = 0; d < demons; d++) {
                double[][] contentLogits = onContent.get(d).toDoubleMatrix();
                double[][] styleLogits = onStyle.get(d).toDoubleMatrix();
                for (int i = 0; i < ROWS; i++) {
                    double[] logP = logSoftmax(contentLogits[i]);
                    ce -= logP[domains[i]] / demons;
                    for (double v : logP) {
                        confusion -= v / DOMAINS / demons;
                    }
                    styleCe -= logSoftmax(styleLogits[i])[domains[i]] / demons;
                }
            }
            double[][] mu = encoding.means().get(watched).toDoubleMatrix();
            double within = 0;
            double total = 0;
            for (int j = 0; j < mu[0].length; j++) {
                double mean = 0;
                for (double[] row : mu) {
                    mean += row[j] / ROWS;
                }
                for (int i = 0; i < ROWS; i++) {
                    double groupMean = 0;
                    int members = 0;
                    for (int k = 0; k < ROWS; k++) {
                        if (GROUPS[k] == GROUPS[i]) {
                            groupMean += mu[k][j];
                            members++;
                        }
                    }
                    double deviation = mu[i][j] - groupMean / members;
                    within += deviation * deviation;
                    total += (mu[i][j] - mean) * (mu[i][j] - mean);
                }
            }
            double pairing = within / total;
            return new Terms(reconstruction / ROWS, kl / ROWS, ce / ROWS, confusion / ROWS, styleCe / ROWS, pairing,
                    domainMmd(mu), crossReconstruction(encoding, x));
        }

        private double crossReconstruction(Encoding encoding, double[][] x) {
            double[][] content = encoding.codes().get(0).toDoubleMatrix();
            double[][] style = encoding.codes().get(1).toDoubleMatrix();
            double[][] crossedContent = new double[ROWS][];
            double[][] crossedStyle = new double[ROWS][];
            for (int i = 0; i < ROWS; i++) {
                int sameItem = i;
                int sameDomain = i;
                for (int k = ROWS - 1; k >= 1; k--) {
                    int j = (i + k) % ROWS;
                    if (GROUPS[j] == GROUPS[i]) {
                        sameItem = j;
                    }
                    if (domains[j] == domains[i] && GROUPS[j] != GROUPS[i]) {
                        sameDomain = j;
                    }
                }
                crossedContent[i] = content[sameItem];
                crossedStyle[i] = style[sameDomain];
            }
            double[][] y = model.decode(List.of(Nd4j.create(crossedContent), Nd4j.create(crossedStyle))).toDoubleMatrix();
            double error = 0;
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < inputs; j++) {
                    error += (y[i][j] - x[i][j]) * (y[i][j] - x[i][j]);
                }
            }
            return error / ROWS;
        }

        /** Σ_k MMD²(domain k, batch): Σ_b of the weighted kernel sums, widths h_b times the mean squared distance. */
        private double domainMmd(double[][] mu) {
            double[][] distance = new double[ROWS][ROWS];
            double meanDistance = 0;
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < ROWS; j++) {
                    for (int c = 0; c < mu[i].length; c++) {
                        distance[i][j] += (mu[i][c] - mu[j][c]) * (mu[i][c] - mu[j][c]);
                    }
                    meanDistance += distance[i][j] / (ROWS * ROWS);
                }
            }
            double value = 0;
            for (int k = 0; k < DOMAINS; k++) {
                int members = 0;
                for (int d : domains) {
                    members += d == k ? 1 : 0;
                }
                for (int i = 0; i < ROWS; i++) {
                    for (int j = 0; j < ROWS; j++) {
                        double wi = (domains[i] == k ? 1.0 / members : 0) - 1.0 / ROWS;
                        double wj = (domains[j] == k ? 1.0 / members : 0) - 1.0 / ROWS;
                        for (double h : MMD_BANDWIDTHS) {
                            value += wi * wj * Math.exp(-distance[i][j] / (h * meanDistance));
                        }
                    }
                }
            }
            return value;
        }

        private static double[] logSoftmax(double[] logits) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : logits) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : logits) {
                sum += Math.exp(v - max);
            }
            double[] out = new double[logits.length];
            for (int k = 0; k < logits.length; k++) {
                out[k] = logits[k] - max - Math.log(sum);
            }
            return out;
        }
    }
}
