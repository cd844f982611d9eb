package maxwell.data.fashion;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import maxwell.data.api.DataException;

/**
 * Reads IDX files (the MNIST format: a big-endian magic number {@code 0x0000 08 dims}, one
 * 32-bit size per dimension, then unsigned bytes), gzip-compressed or not; the gzip magic
 * {@code 1f 8b} tells which. Every size in the header is checked against the bytes that follow.
 */
public final class IdxReader {

	/** unsigned byte data, 3 dimensions: count × rows × columns */
	public static final int IMAGES_MAGIC = 0x00000803;
	/** unsigned byte data, 1 dimension: count */
	public static final int LABELS_MAGIC = 0x00000801;

	private IdxReader() {
	}

	public static IdxImages readImages(Path file) throws DataException {
		ByteBuffer data = ByteBuffer.wrap(bytes(file));
		int[] dims = header(file, data, IMAGES_MAGIC, "an IDX image file", 3);
		int count = dims[0], rows = dims[1], columns = dims[2];
		if (rows < 1 || columns < 1) {
			throw new DataException(file, "the header gives an image size of " + rows + "×" + columns);
		}
		expect(file, data, (long) count * rows * columns,
				count + " images of " + rows + "×" + columns + " pixels");
		byte[] pixels = new byte[count * rows * columns];
		data.get(pixels);
		return new IdxImages(count, rows, columns, pixels);
	}

	public static byte[] readLabels(Path file) throws DataException {
		ByteBuffer data = ByteBuffer.wrap(bytes(file));
		int[] dims = header(file, data, LABELS_MAGIC, "an IDX label file", 1);
		expect(file, data, dims[0], dims[0] + " labels");
		byte[] labels = new byte[dims[0]];
		data.get(labels);
		return labels;
	}

	private static int[] header(Path file, ByteBuffer data, int magic, String what, int dimensions) throws DataException {
		if (data.remaining() < 4 + 4 * dimensions) {
			throw new DataException(file, "truncated: " + data.remaining() + " bytes are too few for the header of " + what);
		}
		int found = data.getInt();
		if (found != magic) {
			throw new DataException(file, String.format("wrong magic number 0x%08x, expected 0x%08x for %s", found, magic, what));
		}
		int[] dims = new int[dimensions];
		for (int i = 0; i < dimensions; i++) {
			dims[i] = data.getInt();
			if (dims[i] < 0) {
				throw new DataException(file, "corrupt header: dimension " + (i + 1) + " is " + Integer.toUnsignedString(dims[i]));
			}
		}
		return dims;
	}

	/** The header's sizes must account for exactly the bytes that follow it. */
	private static void expect(Path file, ByteBuffer data, long expected, String what) throws DataException {
		if (data.remaining() < expected) {
			throw new DataException(file, "truncated: the header announces " + what + " (" + expected
					+ " bytes) but only " + data.remaining() + " bytes follow");
		}
		if (data.remaining() > expected) {
			throw new DataException(file, "the header announces " + what + " (" + expected + " bytes) but "
					+ data.remaining() + " bytes follow: the header does not match the data");
		}
	}

	/** The file's content, decompressed when it is gzip. */
	static byte[] bytes(Path file) throws DataException {
		try (InputStream raw = Files.newInputStream(file)) {
			byte[] head = raw.readNBytes(2);
			boolean gzip = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
			InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), raw);
			if (!gzip) {
				return rest.readAllBytes();
			}
			try (InputStream in = new GZIPInputStream(rest, 1 << 16)) {
				ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, Files.size(file) * 4));
				in.transferTo(out);
				return out.toByteArray();
			} catch (EOFException e) {
				throw new DataException(file, "truncated gzip data: the file ends before the compressed stream does", e);
			} catch (ZipException e) {
				throw new DataException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
			}
		} catch (NoSuchFileException e) {
			throw new DataException(file, "no such file", e);
		} catch (IOException e) {
			throw new DataException(file, "cannot read: " + e.getMessage(), e);
		}
	}
}
