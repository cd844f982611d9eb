package maxwell.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/** Replaces a file so that readers (and a crash) see either the old content or the new, never a mix. */
final class AtomicWrite {

	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

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
	static void replace(Path shown, Path target, Content content) throws ExperimentFileException {
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
		Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
				ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
		try {
			write(temporary, content);
			keepPermissions(target, temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			deleteQuietly(temporary);
			throw new ExperimentFileException(shown, "cannot save: the file system cannot replace files atomically", e);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temporary);
			throw new ExperimentFileException(shown, "cannot save: " + SaveErrors.describe(e), e);
		}
	}

	/** Flushed to disk before the rename, so a crash cannot leave a renamed but empty file. */
	private static void write(Path temporary, Content content) throws IOException {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = Channels.newOutputStream(channel);
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	/** A fresh file would get default permissions; a replaced one should keep those its owner gave it. */
	private static void keepPermissions(Path original, Path replacement) throws IOException {
		if (Files.exists(original)
				&& Files.getFileAttributeView(original, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException ignored) {
			// the original error is the one worth reporting
		}
	}
}
