package maxwell.model.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.validation.ExperimentValidation;

/**
 * The experiment files (*.maxwell) under a folder, each loaded and validated. Files that do not
 * load are listed with the reason, never skipped silently, and never written to.
 */
public final class ExperimentCatalog {

	/** Run folders and build output sit deeper; experiments live near the top of a workspace. */
	static final int MAX_DEPTH = 4;

	private ExperimentCatalog() {
	}

	/**
	 * @param root the folder to scan (a workspace)
	 * @param cancelled polled between files, so a long scan can be abandoned
	 * @return the entries sorted by path; empty if the folder holds no experiment
	 * @throws IOException if {@code root} cannot be listed
	 */
	public static List<CatalogEntry> scan(Path root, BooleanSupplier cancelled) throws IOException {
		List<CatalogEntry> entries = new ArrayList<>();
		for (Path file : experimentFiles(root)) {
			if (cancelled.getAsBoolean()) {
				break;
			}
			entries.add(read(root, file));
		}
		return entries;
	}

	static CatalogEntry read(Path root, Path file) {
		try {
			Experiment experiment = ExperimentFiles.load(file);
			return CatalogEntry.loaded(root, file, experiment, ExperimentValidation.problems(experiment));
		} catch (ExperimentFileException e) {
			return CatalogEntry.unreadable(root, file, e);
		}
	}

	private static List<Path> experimentFiles(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new IOException(root + " is not a folder");
		}
		try (Stream<Path> paths = Files.walk(root, MAX_DEPTH)) {
			return paths.filter(ExperimentCatalog::isExperimentFile)
					.filter(path -> !isHidden(root, path))
					.sorted(Comparator.naturalOrder())
					.toList();
		}
	}

	private static boolean isExperimentFile(Path path) {
		return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".maxwell");
	}

	/** .metadata and other dot-folders belong to the workbench, not to the user's experiments. */
	private static boolean isHidden(Path root, Path path) {
		for (Path part : root.relativize(path)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
