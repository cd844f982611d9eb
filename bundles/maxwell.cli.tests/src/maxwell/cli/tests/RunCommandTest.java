package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

class RunCommandTest {

    @TempDir
    Path folder;

    @Test
    void trainsListsAndLeavesTheExperimentFileAlone() throws Exception {
        Path file = save(tiny(), "tiny.maxwell");
        byte[] before = Files.readAllBytes(file);
        Path runs = folder.resolve("runs");

        CliRun trained = CliRun.of("run", file.toString(), "--out", runs.toString(), "--epochs", "1", "--seed", "7");
        CliRun listed = CliRun.of("runs", "--out", runs.toString());

        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("finished after 3 steps"), trained.out());
        assertTrue(trained.err().contains("training 3 steps"), trained.err());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith("tiny-") && line.contains("finished")), listed.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "--epochs and --seed change only the run's copy");
        Path run;
        try (var runFolders = Files.list(runs)) {
            run = runFolders.findFirst().orElseThrow();
        }
        Experiment copy = ExperimentFiles.load(run.resolve("experiment.maxwell"));
        assertEquals(1, copy.getTraining().getEpochs());
        assertEquals(7, copy.getSeed());
    }

    @Test
    void anInvalidExperimentIsRefusedBeforeAnyRunIsMade() throws Exception {
        Experiment experiment = tiny();
        experiment.getModel().getPartitions().get(1).setDimension(0);
        Path file = save(experiment, "invalid.maxwell");
        Path runs = folder.resolve("runs");

        CliRun run = CliRun.of("run", file.toString(), "--out", runs.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("partition 'style' has dimension 0"), run.err());
        assertTrue(Files.notExists(runs), "no run folder for an experiment that cannot run");
    }

    @Test
    void aDivergingRunExitsWithTheFailureAndWhatItKeeps() throws Exception {
        Experiment experiment = tiny();
        experiment.getTraining().setLearningRate(1e9);
        experiment.getModel().setBeta(1e9);
        Path runs = folder.resolve("runs");

        CliRun run = CliRun.of("run", save(experiment, "diverging.maxwell").toString(), "--out", runs.toString());
        CliRun listed = CliRun.of("runs", "--out", runs.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(": failed; its last checkpoint holds 0 steps"), run.out());
        assertTrue(run.err().contains("failed: training diverged at step"), run.err());
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith("tiny-") && line.contains("failed")), listed.out());
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path file = save(tiny(), "tiny.maxwell");

        assertEquals(2, CliRun.of("run").exitCode());
        assertEquals(2, CliRun.of("run", file.toString(), "--epochs", "zero").exitCode());
        assertEquals(2, CliRun.of("run", file.toString(), "--epoch", "3").exitCode());
        CliRun missing = CliRun.of("run", folder.resolve("nowhere.maxwell").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nowhere.maxwell"), missing.err());
    }

    @Test
    void resumingAnUnknownRunSaysSo() {
        CliRun run = CliRun.of("resume", "no-such-run", "--out", folder.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no run 'no-such-run'"), run.err());
    }

    private Path save(Experiment experiment, String name) throws Exception {
        Path file = folder.resolve(name);
        ExperimentFiles.save(experiment, file);
        return file;
    }

    private static Experiment tiny() {
        return ExperimentTemplates.tinyMapTiles("tiny", 2);
    }
}
