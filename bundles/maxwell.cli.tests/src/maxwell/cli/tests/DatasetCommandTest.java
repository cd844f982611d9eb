package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

class DatasetCommandTest {

    @TempDir
    Path folder;

    @Test
    void previewWritesOneRowPerDomainAndOneColumnPerItem() throws Exception {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.getData().setImageSize(32);
        Path file = folder.resolve("tiles.maxwell");
        ExperimentFiles.save(experiment, file);
        Path png = folder.resolve("sheet.png");

        CliRun run = CliRun.of("dataset", "preview", file.toString(), png.toString(), "--columns", "5");

        assertEquals(0, run.exitCode(), run.err());
        BufferedImage sheet = ImageIO.read(png.toFile());
        // 32 px tiles are drawn twice as large; a 2 px gap around every cell
        int cell = 64 + 2;
        int domains = experiment.getData().getDomains().size();
        assertEquals(2 + domains * cell, sheet.getHeight());
        int labelColumn = sheet.getWidth() - 2 - 5 * cell;
        assertTrue(labelColumn > 20 && labelColumn < 200, "label column of " + labelColumn + " px");
        try (var leftovers = Files.list(folder)) {
            assertEquals(2, leftovers.count(), "no temporary file is left behind");
        }
    }

    @Test
    void infoPrintsSizesClassesDomainsAndFingerprint() throws Exception {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.getData().setTrainSize(40);
        experiment.getData().setProbeSize(10);
        Path file = folder.resolve("tiles.maxwell");
        ExperimentFiles.save(experiment, file);

        CliRun run = CliRun.of("dataset", "info", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("items:       50 (train 40, probe 10), each in 4 domains = 200 images"), run.out());
        assertTrue(run.out().contains("domains:     satellite, street, sketch, night"), run.out());
        assertTrue(run.out().matches("(?s).*fingerprint: [0-9a-f]{64}\\s*"), run.out());
    }

    @Test
    void aBrokenExperimentFailsWithOneLineNamingIt() throws Exception {
        Path file = folder.resolve("broken.maxwell");
        Files.writeString(file, "<not an experiment");
        Path png = folder.resolve("sheet.png");

        CliRun run = CliRun.of("dataset", "preview", file.toString(), png.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(file.toString()), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void missingTileSourcesAreNamed() throws Exception {
        Path missing = folder.resolve("no-such-tiles");
        Experiment experiment = ExperimentTemplates.tileSources(java.util.List.of(missing, folder.resolve("other.mbtiles")));
        Path file = folder.resolve("tiles.maxwell");
        ExperimentFiles.save(experiment, file);

        CliRun run = CliRun.of("dataset", "info", file.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(missing.toString()), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aBadColumnCountIsAUsageError() throws Exception {
        CliRun run = CliRun.of("dataset", "preview", "a.maxwell", "b.png", "--columns", "zero");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--columns must be a whole number"), run.err());
    }
}
