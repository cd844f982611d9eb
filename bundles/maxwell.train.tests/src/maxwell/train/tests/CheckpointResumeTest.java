package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.train.graph.ModelShape;
import maxwell.train.graph.PartitionedModelBuilder;
import maxwell.train.step.AdversarialTrainer;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.StepLosses;
import maxwell.train.step.TrainerState;

/** A run stopped at a checkpoint and resumed ends exactly where an uninterrupted run ends. */
class CheckpointResumeTest {

    private static final TinyProblem DATA = new TinyProblem(9);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(AdversaryFormulation.class)
    void resumingFromACheckpointReproducesTheUninterruptedRun(AdversaryFormulation formulation) throws IOException {
        Experiment experiment = TinyProblem.experiment(formulation);
        AdversarialTrainer uninterrupted = trainer(experiment);
        List<StepLosses> expected = run(uninterrupted, 12);

        AdversarialTrainer first = trainer(experiment);
        List<StepLosses> before = run(first, 5);
        Path checkpoint = folder.resolve("step-5.checkpoint");
        CheckpointFiles.write(first.state(), checkpoint);
        AdversarialTrainer resumed = trainer(experiment); // a new process would build the model afresh
        resumed.restore(CheckpointFiles.read(checkpoint));
        List<StepLosses> after = run(resumed, 7);

        List<StepLosses> joined = new ArrayList<>(before);
        joined.addAll(after);
        assertEquals(expected, joined);
        TrainerState end = uninterrupted.state();
        TrainerState resumedEnd = resumed.state();
        for (String variable : end.weights().keySet()) {
            assertArrayEquals(end.weights().get(variable), resumedEnd.weights().get(variable), variable);
        }
    }

    /** Every demon of an ensemble is in the checkpoint, with its own optimiser moments. */
    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = { "GRADIENT_REVERSAL", "ALTERNATING_MIN_MAX" })
    void anEnsembleResumesToTheUninterruptedRun(AdversaryFormulation formulation) throws IOException {
        Experiment experiment = TinyProblem.experiment(formulation);
        experiment.getAdversary().setDemons(3);
        AdversarialTrainer uninterrupted = trainer(experiment);
        List<StepLosses> expected = run(uninterrupted, 8);

        AdversarialTrainer first = trainer(experiment);
        List<StepLosses> joined = new ArrayList<>(run(first, 3));
        Path checkpoint = folder.resolve("ensemble.checkpoint");
        CheckpointFiles.write(first.state(), checkpoint);
        AdversarialTrainer resumed = trainer(experiment);
        resumed.restore(CheckpointFiles.read(checkpoint));
        joined.addAll(run(resumed, 5));

        assertEquals(expected, joined);
        assertTrue(first.state().weights().keySet().containsAll(List.of("adv0_w", "demon1_adv0_w", "demon2_adv1_w")),
                "every demon's weights are saved: " + first.state().weights().keySet());
        Experiment single = TinyProblem.experiment(formulation);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> trainer(experiment).restore(trainer(single).state()));
        assertTrue(failure.getMessage().contains("demon1_adv0_w"), failure.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = "GRADIENT_REVERSAL")
    void aDamagedCheckpointIsRefused(AdversaryFormulation formulation) throws IOException {
        AdversarialTrainer trainer = trainer(TinyProblem.experiment(formulation));
        run(trainer, 2);
        Path checkpoint = folder.resolve("c.checkpoint");
        CheckpointFiles.write(trainer.state(), checkpoint);
        byte[] bytes = Files.readAllBytes(checkpoint);

        Files.write(checkpoint, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(assertThrows(IOException.class, () -> CheckpointFiles.read(checkpoint)).getMessage().contains("truncated"));

        bytes[bytes.length / 2] ^= 1;
        Files.write(checkpoint, bytes);
        assertTrue(assertThrows(IOException.class, () -> CheckpointFiles.read(checkpoint)).getMessage().contains("checksum"));
    }

    @ParameterizedTest
    @EnumSource(value = AdversaryFormulation.class, names = "GRADIENT_REVERSAL")
    void aCheckpointOfAnotherModelIsRefused(AdversaryFormulation formulation) {
        Experiment small = TinyProblem.experiment(formulation);
        Experiment wider = TinyProblem.experiment(formulation);
        wider.getModel().getEncoderHiddenSizes().set(0, 48);
        TrainerState state = trainer(small).state();

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> trainer(wider).restore(state));

        assertTrue(failure.getMessage().contains("does not fit"), failure.getMessage());
    }

    private static AdversarialTrainer trainer(Experiment experiment) {
        return new AdversarialTrainer(PartitionedModelBuilder.build(experiment.getModel(), experiment.getAdversary(),
                new ModelShape(TinyProblem.FEATURES, TinyProblem.DOMAINS), 21), 5e-3, 5e-3,
                experiment.getAdversary().getAdversarySteps(), 22);
    }

    private static List<StepLosses> run(AdversarialTrainer trainer, int steps) {
        List<StepLosses> losses = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            losses.add(trainer.step(DATA.input, DATA.domainOneHot, 1.5));
        }
        return losses;
    }
}
