package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aTemplateIsValid() throws Exception {
        Path file = folder.resolve("tiles.maxwell");
        ExperimentFiles.save(ExperimentTemplates.syntheticMapTiles(), file);

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": valid", run.out().strip());
    }

    @Test
    void listsEachProblemAndFails() throws Exception {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.getModel().getPartitions().get(1).setDimension(0);
        experiment.getTraining().setEpochs(0);
        Path file = folder.resolve("broken.maxwell");
        ExperimentFiles.save(experiment, file);

        CliRun run = CliRun.of("validate", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + ": error: partition 'style' has dimension 0"), run.err());
        assertEquals(2, run.err().lines().filter(line -> line.contains(": error: ")).count(), run.err());
    }

    @Test
    void aTruncatedFileIsNamedWithoutAStackTraceAndLeftAlone() throws Exception {
        Path good = folder.resolve("good.maxwell");
        ExperimentFiles.save(ExperimentTemplates.syntheticMapTiles(), good);
        byte[] whole = Files.readAllBytes(good);
        Path truncated = folder.resolve("truncated.maxwell");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(truncated, half);

        CliRun run = CliRun.of("validate", good.toString(), truncated.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(good + ": valid"), run.out());
        assertTrue(run.err().startsWith(truncated.toString()), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertArrayEquals(half, Files.readAllBytes(truncated));
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = folder.resolve("nowhere.maxwell");

        CliRun run = CliRun.of("validate", missing.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(missing.toString()), run.err());
    }

    @Test
    void withoutFilesItExplainsItsUsage() {
        CliRun run = CliRun.of("validate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("name at least one experiment file"), run.err());
        assertTrue(run.err().contains("usage: ./maxwell validate"), run.err());
    }
}
