package maxwell.data.api;

/**
 * The shape of every image of a dataset. Pixels are handed out as floats in [0, 1] in
 * <b>CHW</b> order (all of channel 0 row by row, then channel 1, ...), the layout DL4J's
 * convolution layers and its {@code NCHW} default expect, so the trainer can copy batches as they are.
 */
public record ImageShape(int channels, int height, int width) {

	public ImageShape {
		if (channels < 1 || height < 1 || width < 1) {
			throw new IllegalArgumentException("image shape must be positive: " + channels + "x" + height + "x" + width);
		}
	}

	/** Floats per image. */
	public int length() {
		return channels * height * width;
	}

	@Override
	public String toString() {
		return channels + "×" + height + "×" + width;
	}
}
