package maxwell.data.api;

/**
 * One batch, in buffers that are reused from batch to batch: copy what must outlive the next call
 * to {@link Batches#next()}. {@code images} holds {@code size} images back to back, each
 * {@link ImageShape#length()} floats in CHW order.
 */
public final class Batch {

	final float[] images;
	final int[] samples;
	final int[] contentLabels;
	final int[] domainLabels;
	int size;

	Batch(int capacity, int imageLength) {
		images = new float[capacity * imageLength];
		samples = new int[capacity];
		contentLabels = new int[capacity];
		domainLabels = new int[capacity];
	}

	public int size() {
		return size;
	}

	public float[] images() {
		return images;
	}

	public int[] samples() {
		return samples;
	}

	public int[] contentLabels() {
		return contentLabels;
	}

	public int[] domainLabels() {
		return domainLabels;
	}
}
