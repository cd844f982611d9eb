package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModel;
import maxwell.train.graph.PartitionedModelBuilder;
import maxwell.train.step.AdversarialTrainer;
import maxwell.train.step.StepLosses;
import maxwell.train.step.TrainingDivergedException;

class AdversarialTrainerTest {

    private static final TinyProblem DATA = new TinyProblem(5);

    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void everyFormulationLearnsToReconstruct(AdversaryFormulation formulation) {
        AdversarialTrainer trainer = trainer(TinyProblem.experiment(formulation), 42);

        List<StepLosses> losses = run(trainer, 60, 1.0);

        StepLosses first = losses.get(0);
        StepLosses last = losses.get(losses.size() - 1);
        assertTrue(last.reconstruction() < 0.6 * first.reconstruction(), formulation + ": " + first + " → " + last);
        for (StepLosses step : losses) {
            assertTrue(step.adversaryAccuracy() >= 0 && step.adversaryAccuracy() <= 1, step.toString());
            assertTrue(step.kl() >= 0, "KL of a Gaussian against the prior is never negative: " + step);
        }
    }

    /** With λ = 0 nothing opposes the demon, and the domain shift is easy to read from z_c. */
    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = { "GRADIENT_REVERSAL", "ALTERNATING_MIN_MAX" })
    void anUnopposedDemonLearnsTheDomain(AdversaryFormulation formulation) {
        AdversarialTrainer trainer = trainer(TinyProblem.experiment(formulation), 42);

        List<StepLosses> losses = run(trainer, 200, 0.0);

        StepLosses last = losses.get(losses.size() - 1);
        assertTrue(last.adversaryAccuracy() >= 0.8, formulation + ": " + last);
        assertTrue(last.adversaryCrossEntropy() < 0.6 * Math.log(TinyProblem.DOMAINS), formulation + ": " + last);
    }

    /** Each demon of an ensemble learns on its own; their vote reads the domain as one demon does. */
    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = { "GRADIENT_REVERSAL", "ALTERNATING_MIN_MAX" })
    void anUnopposedEnsembleLearnsTheDomain(AdversaryFormulation formulation) {
        Experiment experiment = TinyProblem.experiment(formulation);
        experiment.getAdversary().setDemons(3);
        AdversarialTrainer trainer = trainer(experiment, 42);

        List<StepLosses> losses = run(trainer, 200, 0.0);

        StepLosses last = losses.get(losses.size() - 1);
        assertTrue(last.adversaryAccuracy() >= 0.8, formulation + ": " + last);
        // the mean of the demons' cross-entropies: low only if every demon learned
        assertTrue(last.adversaryCrossEntropy() < 0.6 * Math.log(TinyProblem.DOMAINS), formulation + ": " + last);
    }

    @Test
    void theSameSeedGivesTheSameLossesAndWeights() {
        Experiment experiment = TinyProblem.experiment(AdversaryFormulation.ALTERNATING_MIN_MAX);
        AdversarialTrainer once = trainer(experiment, 7);
        AdversarialTrainer again = trainer(experiment, 7);

        List<StepLosses> a = run(once, 5, 2.0);
        List<StepLosses> b = run(again, 5, 2.0);

        assertEquals(a, b);
        Map<String, INDArray> weightsA = once.weights();
        Map<String, INDArray> weightsB = again.weights();
        for (String name : weightsA.keySet()) {
            assertArrayEquals(weightsA.get(name).ravel().toFloatVector(), weightsB.get(name).ravel().toFloatVector(), name);
        }
    }

    @Test
    void aDifferentSeedGivesDifferentWeights() {
        Experiment experiment = TinyProblem.experiment(AdversaryFormulation.GRADIENT_REVERSAL);
        float[] a = trainer(experiment, 1).weights().get("enc0_w").ravel().toFloatVector();
        float[] b = trainer(experiment, 2).weights().get("enc0_w").ravel().toFloatVector();
        assertTrue(!java.util.Arrays.equals(a, b));
    }

    @Test
    void aNanInputStopsTrainingWithoutTouchingTheWeights() {
        AdversarialTrainer trainer = trainer(TinyProblem.experiment(AdversaryFormulation.GRADIENT_REVERSAL), 3);
        run(trainer, 2, 1.0);
        Map<String, INDArray> before = trainer.weights();
        INDArray poisoned = DATA.input.dup();
        poisoned.putScalar(0, 0, Float.NaN);

        TrainingDivergedException failure = assertThrows(TrainingDivergedException.class,
                () -> trainer.step(poisoned, DATA.domainOneHot, 1.0));

        assertEquals(2, failure.losses().step());
        assertTrue(failure.getMessage().contains("learning rate"), failure.getMessage());
        Map<String, INDArray> after = trainer.weights();
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name).ravel().toFloatVector(), after.get(name).ravel().toFloatVector(), name);
        }
    }

    /**
     * Codes far outside where the demon learned, with nothing finite-breaking: the demon becomes
     * confidently wrong (hundreds of nats) while every loss stays finite. Runs where gradient reversal
     * pushed deterministic codes away looked like this within an epoch; the step must be refused.
     */
    @Test
    void codesFarFromTheDemonStopTrainingWithAHint() {
        Experiment experiment = TinyProblem.experiment(AdversaryFormulation.GRADIENT_REVERSAL);
        experiment.getModel().setLatentType(LatentType.DETERMINISTIC);
        AdversarialTrainer trainer = trainer(experiment, 42);
        run(trainer, 2, 1.0);
        Map<String, INDArray> before = trainer.weights();

        TrainingDivergedException failure = assertThrows(TrainingDivergedException.class,
                () -> trainer.step(DATA.input.mul(1e4), DATA.domainOneHot, 1.0));

        assertTrue(failure.losses().adversaryCrossEntropy() > 50, failure.getMessage());
        assertTrue(Double.isFinite(failure.losses().total()), "every loss is finite: " + failure.getMessage());
        assertTrue(failure.getMessage().contains("away from the demon"), failure.getMessage());
        assertTrue(failure.getMessage().contains("domain MMD"), failure.getMessage());
        assertEquals(2, trainer.stepsDone());
        Map<String, INDArray> after = trainer.weights();
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name).ravel().toFloatVector(), after.get(name).ravel().toFloatVector(), name);
        }
    }

    @Test
    void theBiVaeObjectiveNeedsEqualChambers() {
        Experiment experiment = TinyProblem.experiment(AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE);
        experiment.getModel().getPartitions().get(1).setDimension(6);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> trainer(experiment, 1));

        assertTrue(failure.getMessage().contains("same dimension"), failure.getMessage());
    }

    private static AdversarialTrainer trainer(Experiment experiment, long seed) {
        PartitionedModel model = PartitionedModelBuilder.build(experiment.getModel(), experiment.getAdversary(),
                new ModelShape(TinyProblem.FEATURES, TinyProblem.DOMAINS), seed);
        return new AdversarialTrainer(model, 5e-3, 5e-3, experiment.getAdversary().getAdversarySteps(), seed + 1);
    }

    private static List<StepLosses> run(AdversarialTrainer trainer, int steps, double lambda) {
        List<StepLosses> losses = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            losses.add(trainer.step(DATA.input, DATA.domainOneHot, lambda));
        }
        return losses;
    }
}
