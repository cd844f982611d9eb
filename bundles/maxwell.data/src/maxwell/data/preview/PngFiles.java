package maxwell.data.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import maxwell.data.api.DataException;
import maxwell.data.io.AtomicFiles;

/** Writes PNGs atomically: a viewer never sees half a contact sheet. */
public final class PngFiles {

	private PngFiles() {
	}

	public static void write(BufferedImage image, Path file) throws DataException {
		AtomicFiles.write(file, out -> {
			if (!ImageIO.write(image, "png", out)) {
				throw new IOException("no PNG writer available");
			}
		});
	}
}
