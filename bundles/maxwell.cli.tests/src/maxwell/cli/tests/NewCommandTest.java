package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.DatasetKind;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;

class NewCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesATemplateThatValidatesAndReadsBack() throws Exception {
        Path file = folder.resolve("fm.maxwell");

        CliRun made = CliRun.of("new", "fashion-mnist", file.toString());

        assertEquals(0, made.exitCode(), made.err());
        Experiment experiment = ExperimentFiles.load(file);
        assertEquals(DatasetKind.FASHION_MNIST, experiment.getData().getKind());
        assertEquals(5, experiment.getData().getDomains().size());
        assertEquals(0, CliRun.of("validate", file.toString()).exitCode());
    }

    @Test
    void anExistingFileIsLeftAloneWithoutForce() throws Exception {
        Path file = folder.resolve("mine.maxwell");
        Files.writeString(file, "my own notes");

        CliRun refused = CliRun.of("new", "map-tiles", file.toString());

        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("exists"), refused.err());
        assertEquals("my own notes", Files.readString(file));
        assertEquals(0, CliRun.of("new", "map-tiles", file.toString(), "--force").exitCode());
        assertEquals(DatasetKind.SYNTHETIC_MAP_TILES, ExperimentFiles.load(file).getData().getKind());
    }

    @Test
    void tileSourcesNeedTwoSourcesAndAnUnknownTemplateIsAUsageError() {
        CliRun oneSource = CliRun.of("new", "tile-sources", folder.resolve("t.maxwell").toString(), "--sources", "a");
        assertEquals(2, oneSource.exitCode());
        assertTrue(oneSource.err().contains("at least 2"), oneSource.err());
        assertEquals(2, CliRun.of("new", "mnist", folder.resolve("x.maxwell").toString()).exitCode());
    }
}
