package maxwell.model.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves experiment files through {@link AtomicFiles}, with the checks and messages a user needs. */
final class AtomicWrite {

	private AtomicWrite() {
	}

	/** Saving through a symbolic link replaces the file it points to and keeps the link. */
	static Path followLink(Path file) {
		try {
			return Files.isSymbolicLink(file) ? file.toRealPath() : file;
		} catch (IOException e) {
			return file; // a dangling link: replacing the link itself is the only option left
		}
	}

	/**
	 * @param shown  the path as the user gave it, for messages
	 * @param target the file to replace (or create)
	 */
	static void replace(Path shown, Path target, AtomicFiles.Content content) throws ExperimentFileException {
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new ExperimentFileException(shown, "cannot save: the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(target)) {
			throw new ExperimentFileException(shown, "cannot save: this is a folder");
		}
		// Renaming over a read-only file would succeed; its owner made it read-only to prevent exactly that.
		if (Files.exists(target) && !Files.isWritable(target)) {
			throw new ExperimentFileException(shown, "cannot save: the file is read-only");
		}
		try {
			AtomicFiles.replace(target, content);
		} catch (AtomicMoveNotSupportedException e) {
			throw new ExperimentFileException(shown, "cannot save: the file system cannot replace files atomically", e);
		} catch (IOException | RuntimeException e) {
			throw new ExperimentFileException(shown, "cannot save: " + SaveErrors.describe(e), e);
		}
	}
}
