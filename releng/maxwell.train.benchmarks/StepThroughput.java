import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.dl4j.NativeBinary;
import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModelBuilder;
import maxwell.train.step.AdversarialTrainer;

/**
 * Training steps per second of a default experiment's model on fixed random batches: the same
 * measurement torch_reference.py makes, so the two compare the engines and not the data pipelines.
 * Arguments: map-tiles|fashion-mnist, steps, warm-up steps. Prints one JSON line, with the template's
 * latent type and domain MMD weight, which step-throughput.sh hands to the PyTorch reference.
 */
public class StepThroughput {
    /**
     * On one fixed random batch λ = 10 drives deterministic codes away from the demon within a few
     * dozen steps, and the trainer's runaway guard then refuses the step; the value of λ does not
     * change the work a step does, so both engines use 1.
     */
    static final double LAMBDA = 1.0;

    public static void main(String[] args) {
        NativeBinary.choose(); // as the product's maxwell.dl4j bundle does before ND4J loads
        boolean tiles = args[0].equals("map-tiles");
        Experiment experiment = tiles ? ExperimentTemplates.syntheticMapTiles() : ExperimentTemplates.fashionMnist();
        int size = experiment.getData().getImageSize();
        int domains = experiment.getData().getDomains().size();
        int batch = experiment.getTraining().getBatchSize();
        int steps = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        PartitionedModel model = PartitionedModelBuilder.build(experiment.getModel(), experiment.getAdversary(),
                ModelShape.ofImages(3, size, domains), 42);
        AdversarialTrainer trainer = new AdversarialTrainer(model, 1e-3, 1e-3, 1, 42);
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, 3L * size * size);
        INDArray target = Nd4j.zeros(DataType.FLOAT, batch, domains);
        for (int i = 0; i < batch; i++) {
            target.putScalar(i, i % domains, 1f);
        }
        // rows i·domains .. i·domains + domains − 1 show one item (as paired batches do), for the
        // terms that need items: with none on, the step takes no groups, as the product's does
        boolean paired = experiment.getModel().getPairingWeight() > 0 || experiment.getModel().getCrossReconstructionWeight() > 0;
        int[] groups = null;
        if (paired) {
            groups = new int[batch];
            for (int i = 0; i < batch; i++) {
                groups[i] = i / domains * domains;
            }
        }
        for (int i = 0; i < warmup; i++) {
            trainer.step(x, target, LAMBDA, groups);
        }
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            trainer.step(x, target, LAMBDA, groups);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "{\"engine\": \"maxwell (ND4J %s, %s build)\", \"batch\": %d, \"inputs\": %d, \"latent\": \"%s\", \"domain_mmd_weight\": %s, "
                        + "\"beta\": %s, \"cross_reconstruction_weight\": %s, \"samples_per_second\": %.1f}%n",
                "1.0.0-M2.1", NativeBinary.inEffect(), batch, 3 * size * size, experiment.getModel().getLatentType().getLiteral().toLowerCase(),
                experiment.getModel().getDomainMmdWeight(), experiment.getModel().getBeta(),
                experiment.getModel().getCrossReconstructionWeight(), steps * batch / seconds);
    }
}
