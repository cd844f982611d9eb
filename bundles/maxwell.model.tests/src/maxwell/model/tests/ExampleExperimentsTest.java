package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExampleExperiments;
import maxwell.model.validation.ExperimentValidation;

class ExampleExperimentsTest {

	@TempDir
	Path workspace;

	@Test
	void aNewWorkspaceGetsValidExamples() throws Exception {
		List<Path> written = ExampleExperiments.seedIfEmpty(workspace);

		assertEquals(2, written.size());
		for (Path file : written) {
			assertTrue(file.startsWith(workspace.resolve("examples")), file.toString());
			assertEquals(List.of(), ExperimentValidation.problems(ExperimentFiles.load(file)), file.toString());
		}
	}

	@Test
	void aWorkspaceWithExperimentsIsLeftAlone() throws Exception {
		Path mine = Files.createDirectories(workspace.resolve("mine")).resolve("own.maxwell");
		Files.writeString(mine, "not even XML, but it is the user's");

		List<Path> written = ExampleExperiments.seedIfEmpty(workspace);

		assertEquals(List.of(), written);
		assertEquals("not even XML, but it is the user's", Files.readString(mine));
		assertTrue(Files.notExists(workspace.resolve("examples")));
	}

	@Test
	void seedingTwiceWritesOnce() throws Exception {
		ExampleExperiments.seedIfEmpty(workspace);
		Path example = workspace.resolve("examples/synthetic-map-tiles.maxwell");
		byte[] first = Files.readAllBytes(example);

		assertEquals(List.of(), ExampleExperiments.seedIfEmpty(workspace));
		assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(example)));
	}
}
