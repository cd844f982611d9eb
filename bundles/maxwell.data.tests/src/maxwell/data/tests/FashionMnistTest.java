package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.data.fashion.FashionMnistDataset;
import maxwell.data.fashion.FashionMnistFiles;
import maxwell.data.fashion.GarmentRendering;
import maxwell.data.image.RgbImage;

class FashionMnistTest {

	private static final Path REAL = FashionMnistFiles.DEFAULT_FOLDER;

	@TempDir
	Path folder;

	private static void assumeInstalled() {
		assumeTrue(Files.isDirectory(REAL), "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
	}

	/** Fashion-MNIST's published facts: 60,000 training and 10,000 test images, balanced over 10 classes. */
	@Test
	void theRealFilesHoldTheirPublishedCounts() throws Exception {
		assumeInstalled();
		FashionMnistFiles files = new FashionMnistFiles(REAL);
		FashionMnistFiles.Part train = files.train();
		FashionMnistFiles.Part test = files.test();
		assertEquals(60_000, train.images().count());
		assertEquals(10_000, test.images().count());
		assertEquals(28, train.images().rows());
		assertEquals(28, train.images().columns());
		int[] trainCounts = new int[10];
		int[] testCounts = new int[10];
		for (byte label : train.labels()) {
			trainCounts[label]++;
		}
		for (byte label : test.labels()) {
			testCounts[label]++;
		}
		for (int c = 0; c < 10; c++) {
			assertEquals(6_000, trainCounts[c], "training images of class " + c);
			assertEquals(1_000, testCounts[c], "test images of class " + c);
		}
	}

	@Test
	void renderingsKeepTheGarment() throws Exception {
		assumeInstalled();
		FashionMnistDataset data = new FashionMnistDataset(new FashionMnistFiles(REAL), 1, 28, 3,
				List.of(GarmentRendering.values()), 50, 10);
		FashionMnistFiles.Part train = new FashionMnistFiles(REAL).train();
		for (int item = 0; item < 10; item++) {
			int index = data.imageIndex(item);
			assertEquals(train.labels()[index], data.contentLabel(data.sample(item, 0)));
			assertEquals(train.labels()[index], data.contentLabel(data.sample(item, 4)));
			RgbImage original = data.rgb(data.sample(item, 0));
			RgbImage inverted = data.rgb(data.sample(item, 1));
			for (int y = 0; y < 28; y++) {
				for (int x = 0; x < 28; x++) {
					assertEquals(train.images().pixel(index, y, x), original.red(x, y));
					assertEquals(255 - original.red(x, y), inverted.green(x, y));
				}
			}
		}
	}

	@Test
	void trainGarmentsComeFromTheTrainingFileAndProbeGarmentsFromTheTestFile() throws Exception {
		Idx.folder(folder, 40, 20, true);
		FashionMnistDataset data = new FashionMnistDataset(new FashionMnistFiles(folder), 9, 14, 1,
				List.of(GarmentRendering.ORIGINAL, GarmentRendering.EDGES), 30, 15);
		assertEquals(45, data.itemCount());
		assertEquals(30, data.split().train().itemCount());
		assertEquals(15, data.split().probe().itemCount());
		for (int i = 0; i < 30; i++) {
			assertTrue(data.pairingKey(data.split().train().sample(i)).startsWith("train/"));
		}
		for (int i = 0; i < 15; i++) {
			assertTrue(data.pairingKey(data.split().probe().sample(i)).startsWith("t10k/"));
		}
		assertEquals(14 * 14, data.shape().length(), "scaled to the experiment's size, one channel");
	}

	@Test
	void plainAndGzipFilesReadAlike() throws Exception {
		Path plain = Files.createDirectory(folder.resolve("plain"));
		Path gzip = Files.createDirectory(folder.resolve("gzip"));
		Idx.folder(plain, 12, 6, false);
		Idx.folder(gzip, 12, 6, true);
		FashionMnistFiles.Part a = new FashionMnistFiles(plain).train();
		FashionMnistFiles.Part b = new FashionMnistFiles(gzip).train();
		assertEquals(java.util.Arrays.hashCode(a.images().pixels()), java.util.Arrays.hashCode(b.images().pixels()));
		assertEquals(java.util.Arrays.hashCode(a.labels()), java.util.Arrays.hashCode(b.labels()));
	}
}
