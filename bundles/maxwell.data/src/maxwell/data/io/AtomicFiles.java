package maxwell.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import maxwell.data.api.DataException;

/** Writes a file so that readers see the old content or the new one, never half of it. */
public final class AtomicFiles {

	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, Content content) throws DataException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new DataException(target, "cannot write: the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(absolute)) {
			throw new DataException(target, "cannot write: this is a folder");
		}
		Path temporary = folder.resolve("." + absolute.getFileName() + "."
				+ Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true); // on disk before the rename: a crash cannot leave an empty file in place
			}
			Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException ignored) {
				// the write error is the one worth reporting
			}
			throw new DataException(target, "cannot write: " + e.getMessage(), e);
		}
	}
}
