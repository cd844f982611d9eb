package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.data.api.DataException;
import maxwell.data.fashion.FashionMnistFiles;
import maxwell.data.fashion.IdxReader;

class IdxBadInputTest {

	@TempDir
	Path folder;

	private static void assertProblem(DataException e, Path file, String words) {
		assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(words), e.getMessage());
		assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
	}

	@Test
	void aTruncatedImageFile() throws Exception {
		byte[] whole = Idx.images(3, 28, 28, new byte[3 * 784]);
		Path file = folder.resolve("images");
		Files.write(file, Arrays.copyOf(whole, whole.length - 100));
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "truncated");
	}

	@Test
	void aTruncatedHeader() throws Exception {
		Path file = folder.resolve("images");
		Files.write(file, new byte[] { 0, 0, 8, 3, 0, 0 });
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "truncated");
	}

	@Test
	void aTruncatedGzipFile() throws Exception {
		byte[] gz = Idx.gzip(Idx.images(50, 28, 28, new byte[50 * 784]));
		Path file = folder.resolve("images.gz");
		Files.write(file, Arrays.copyOf(gz, gz.length / 2));
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "gzip");
	}

	@Test
	void aCorruptGzipFile() throws Exception {
		byte[] gz = Idx.gzip(Idx.images(5, 28, 28, new byte[5 * 784]));
		for (int i = 12; i < gz.length - 8; i++) {
			gz[i] = (byte) 0xA5;
		}
		Path file = folder.resolve("images.gz");
		Files.write(file, gz);
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "gzip");
	}

	@Test
	void aWrongMagicNumber() throws Exception {
		Path file = folder.resolve("images");
		Files.write(file, Idx.labels(new byte[10]));
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "wrong magic number 0x00000801");
	}

	@Test
	void aHeaderImageSizeThatDoesNotMatchTheData() throws Exception {
		Path file = folder.resolve("images");
		Files.write(file, Idx.images(2, 32, 32, new byte[2 * 784])); // says 32×32, holds 28×28 images
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "2 images of 32×32");
		Files.write(file, Idx.images(2, 20, 20, new byte[2 * 784])); // says 20×20: more bytes than announced
		assertProblem(assertThrows(DataException.class, () -> IdxReader.readImages(file)), file, "does not match");
	}

	@Test
	void labelsThatDoNotMatchTheImages() throws Exception {
		Idx.folder(folder, 10, 5, false);
		Path labels = folder.resolve("train-labels-idx1-ubyte");
		Files.write(labels, Idx.labels(new byte[9]));
		assertProblem(assertThrows(DataException.class, () -> new FashionMnistFiles(folder).train()), labels,
				"9 labels for the 10 images");
	}

	@Test
	void aMissingFileNamesTheFolderAndTheFile() throws Exception {
		Idx.folder(folder, 10, 5, true);
		Files.delete(folder.resolve("t10k-images-idx3-ubyte.gz"));
		assertProblem(assertThrows(DataException.class, () -> new FashionMnistFiles(folder).test()), folder,
				"missing t10k-images-idx3-ubyte.gz");
	}

	@Test
	void aMissingFolder() {
		Path nowhere = folder.resolve("nowhere");
		assertProblem(assertThrows(DataException.class, () -> new FashionMnistFiles(nowhere).train()), nowhere,
				"no such folder");
	}
}
