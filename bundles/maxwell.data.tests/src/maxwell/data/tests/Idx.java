package maxwell.data.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, the way the format specifies them. */
final class Idx {

	private Idx() {
	}

	static byte[] images(int count, int rows, int columns, byte[] pixels) {
		ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
		b.putInt(0x00000803).putInt(count).putInt(rows).putInt(columns).put(pixels);
		return b.array();
	}

	static byte[] labels(byte[] labels) {
		ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
		b.putInt(0x00000801).putInt(labels.length).put(labels);
		return b.array();
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

	/** A complete little Fashion-MNIST folder: {@code train} and {@code test} images of 28×28 with labels 0..9 in turn. */
	static void folder(Path folder, int train, int test, boolean gzip) throws IOException {
		write(folder, "train", train, gzip);
		write(folder, "t10k", test, gzip);
	}

	private static void write(Path folder, String prefix, int count, boolean gzip) throws IOException {
		byte[] pixels = new byte[count * 28 * 28];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = (byte) (i * 31 % 251);
		}
		byte[] labels = new byte[count];
		for (int i = 0; i < count; i++) {
			labels[i] = (byte) (i % 10);
		}
		String suffix = gzip ? ".gz" : "";
		Files.write(folder.resolve(prefix + "-images-idx3-ubyte" + suffix), gzip ? gzip(images(count, 28, 28, pixels)) : images(count, 28, 28, pixels));
		Files.write(folder.resolve(prefix + "-labels-idx1-ubyte" + suffix), gzip ? gzip(labels(labels)) : labels(labels));
	}
}
