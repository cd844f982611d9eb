package maxwell.data.fashion;

/** The images of one IDX image file, row-major unsigned bytes, image after image. */
public record IdxImages(int count, int rows, int columns, byte[] pixels) {

	public int pixel(int image, int row, int column) {
		return pixels[(image * rows + row) * columns + column] & 0xFF;
	}
}
