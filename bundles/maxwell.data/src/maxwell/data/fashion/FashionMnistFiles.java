package maxwell.data.fashion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import maxwell.data.api.DataException;
import maxwell.data.io.Fingerprint;

/**
 * The four Fashion-MNIST files of a folder: the training set (60,000) and the test set (10,000),
 * images and labels, each either {@code .gz} or plain.
 */
public final class FashionMnistFiles {

	/** Where the Debian package {@code dataset-fashion-mnist} installs them. */
	public static final Path DEFAULT_FOLDER = Paths.get("/usr/share/datasets/fashion-mnist");

	public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
			"Shirt", "Sneaker", "Bag", "Ankle boot");

	private final Path folder;

	public FashionMnistFiles(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/** One part: images and labels of the same set, checked to agree. */
	public record Part(IdxImages images, byte[] labels) {
	}

	public Part train() throws DataException {
		return part("train");
	}

	public Part test() throws DataException {
		return part("t10k");
	}

	private Part part(String prefix) throws DataException {
		Path imagesFile = find(prefix + "-images-idx3-ubyte");
		Path labelsFile = find(prefix + "-labels-idx1-ubyte");
		IdxImages images = IdxReader.readImages(imagesFile);
		byte[] labels = IdxReader.readLabels(labelsFile);
		if (labels.length != images.count()) {
			throw new DataException(labelsFile, labels.length + " labels for the " + images.count() + " images of " + imagesFile);
		}
		for (int i = 0; i < labels.length; i++) {
			if ((labels[i] & 0xFF) >= CLASSES.size()) {
				throw new DataException(labelsFile, "label " + (labels[i] & 0xFF) + " of image " + i + " is not a Fashion-MNIST class (0-9)");
			}
		}
		return new Part(images, labels);
	}

	/** The gzip file if there is one, else the plain file. */
	Path find(String name) throws DataException {
		if (!Files.isDirectory(folder)) {
			throw new DataException(folder, "no such folder (Fashion-MNIST: install the Debian package dataset-fashion-mnist"
					+ " or set the dataset's data location)");
		}
		for (Path candidate : List.of(folder.resolve(name + ".gz"), folder.resolve(name))) {
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new DataException(folder, "missing " + name + ".gz (or " + name + "), one of the four Fashion-MNIST files");
	}

	/** Adds the bytes of all four files to a fingerprint. */
	public void addTo(Fingerprint print) throws DataException {
		for (String name : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
				"t10k-labels-idx1-ubyte")) {
			Path file = find(name);
			try {
				print.addFile(name, file);
			} catch (IOException e) {
				throw new DataException(file, "cannot read: " + e.getMessage(), e);
			}
		}
	}
}
