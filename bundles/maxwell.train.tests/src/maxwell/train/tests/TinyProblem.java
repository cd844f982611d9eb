package maxwell.train.tests;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModelBuilder;
import maxwell.train.step.AdversarialTrainer;

/**
 * A problem small enough for a unit test with the structure of the real one: a content pattern
 * per class plus a domain-specific brightness shift on one half of the features.
 */
final class TinyProblem {

    static final int FEATURES = 24;
    static final int DOMAINS = 2;
    static final int SAMPLES = 128;

    final INDArray input;
    final INDArray domainOneHot;

    TinyProblem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] patterns = new double[4][FEATURES];
        for (double[] pattern : patterns) {
            for (int f = 0; f < FEATURES; f++) {
                pattern[f] = 0.2 + 0.5 * random.nextDouble();
            }
        }
        float[][] x = new float[SAMPLES][FEATURES];
        float[][] d = new float[SAMPLES][DOMAINS];
        for (int i = 0; i < SAMPLES; i++) {
            int content = i % 4;
            int domain = (i / 4) % DOMAINS;
            for (int f = 0; f < FEATURES; f++) {
                boolean shifted = domain == 0 ? f < FEATURES / 2 : f >= FEATURES / 2;
                x[i][f] = (float) Math.min(1.0, patterns[content][f] + (shifted ? 0.25 : 0.0) + 0.02 * random.nextDouble());
            }
            d[i][domain] = 1f;
        }
        input = Nd4j.create(x).castTo(DataType.FLOAT);
        domainOneHot = Nd4j.create(d).castTo(DataType.FLOAT);
    }

    /**
     * The map-tile template shrunk to this problem: 24 inputs, 4 + 4 latent, small layers, and a
     * Gaussian latent (the template's is deterministic; the tests that want one say so).
     */
    static Experiment experiment(AdversaryFormulation formulation) {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.getModel().setLatentType(LatentType.GAUSSIAN);
        experiment.getModel().getEncoderHiddenSizes().clear();
        experiment.getModel().getEncoderHiddenSizes().add(32);
        experiment.getModel().getDecoderHiddenSizes().clear();
        experiment.getModel().getDecoderHiddenSizes().add(32);
        experiment.getModel().getPartitions().forEach(partition -> partition.setDimension(4));
        experiment.getAdversary().getHiddenSizes().clear();
        experiment.getAdversary().getHiddenSizes().add(16);
        experiment.getAdversary().setFormulation(formulation);
        experiment.getAdversary().setAdversarySteps(3);
        // 24 features give a reconstruction error far smaller than a real image's, so β = 1 would
        // collapse the posterior to the prior and leave nothing in the codes to find.
        experiment.getModel().setBeta(0.01);
        // the template's domain MMD term would take the domain out of z_c even with λ = 0; the
        // tests here are about the demon alone (the MMD term has its own gradient check)
        experiment.getModel().setDomainMmdWeight(0);
        return experiment;
    }

    /** A model and the trainer that moved it. */
    record Trained(PartitionedModel model, AdversarialTrainer trainer) {
    }

    /**
     * The model {@code experiment} describes, shaped for this problem (seed 3), after {@code steps}
     * steps at λ = 1 on the problem of seed 5.
     */
    static Trained trainedOn(Experiment experiment, int steps) {
        PartitionedModel model = PartitionedModelBuilder.build(experiment.getModel(), experiment.getAdversary(),
                new ModelShape(FEATURES, DOMAINS), 3);
        AdversarialTrainer trainer = new AdversarialTrainer(model, 5e-3, 5e-3, 1, 4);
        TinyProblem data = new TinyProblem(5);
        for (int i = 0; i < steps; i++) {
            trainer.step(data.input, data.domainOneHot, 1.0);
        }
        return new Trained(model, trainer);
    }
}
