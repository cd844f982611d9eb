package maxwell.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that readers (and a crash) see either the old content or the new, never a
 * mix: the content goes into a temporary file in the same folder, is forced to disk, and is
 * renamed over the target. Every file Maxwell writes goes through here.
 */
public final class AtomicFiles {

	/** Writes the new content; the stream is closed by the caller. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename atomically
	 * @throws IOException if writing fails; the target is then untouched and no temporary file is left
	 */
	public static void replace(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = folder.resolve("." + target.getFileName() + "."
				+ Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
		try {
			write(temporary, content);
			keepPermissions(target, temporary);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			deleteQuietly(temporary);
			throw e;
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
		if (Files.exists(original) && Files.getFileAttributeView(original, PosixFileAttributeView.class) != null) {
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
