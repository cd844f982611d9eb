package maxwell.model.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/**
 * The example experiments a new workspace starts with, so a first-time user has something to
 * open and run. Never overwrites: a file that exists is the user's.
 */
public final class ExampleExperiments {

	public static final String FOLDER = "examples";

	private ExampleExperiments() {
	}

	/**
	 * Writes the examples into {@code workspace/examples} if the workspace holds no experiment yet.
	 *
	 * @return the files written (empty when the workspace already had experiments)
	 */
	public static List<Path> seedIfEmpty(Path workspace) throws IOException, ExperimentFileException {
		if (containsExperiments(workspace)) {
			return List.of();
		}
		Path folder = Files.createDirectories(workspace.resolve(FOLDER));
		List<Path> written = new ArrayList<>();
		for (Experiment example : List.of(ExperimentTemplates.syntheticMapTiles(), ExperimentTemplates.fashionMnist())) {
			Path file = folder.resolve(example.getName() + ".maxwell");
			if (!Files.exists(file)) {
				ExperimentFiles.save(example, file);
				written.add(file);
			}
		}
		return written;
	}

	private static boolean containsExperiments(Path workspace) throws IOException {
		if (!Files.isDirectory(workspace)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(workspace, 4)) {
			return files.anyMatch(path -> path.getFileName().toString().endsWith(".maxwell"));
		}
	}
}
