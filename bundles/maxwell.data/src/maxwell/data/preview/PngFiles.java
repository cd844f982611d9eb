package maxwell.data.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import maxwell.data.api.DataException;
import maxwell.model.io.AtomicFiles;

/** Writes PNGs atomically: a viewer never sees half a contact sheet. */
public final class PngFiles {

	private PngFiles() {
	}

	public static void write(BufferedImage image, Path file) throws DataException {
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new DataException(file, "cannot write: the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new DataException(file, "cannot write: this is a folder");
		}
		try {
			AtomicFiles.replace(file.toAbsolutePath(), out -> {
				if (!ImageIO.write(image, "png", out)) {
					throw new IOException("no PNG writer available");
				}
			});
		} catch (IOException e) {
			throw new DataException(file, "cannot write: " + e.getMessage(), e);
		}
	}
}
