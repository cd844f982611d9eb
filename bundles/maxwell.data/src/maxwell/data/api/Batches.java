package maxwell.data.api;

import java.util.NoSuchElementException;

/**
 * Walks an order of samples batch by batch. Each {@link #next()} fills the same {@link Batch}
 * buffers, so an epoch allocates one batch, not a copy of the dataset; the last batch may be short.
 */
public final class Batches {

	private final Dataset dataset;
	private final int[] order;
	private final Batch batch;
	private final int imageLength;
	private int position;

	Batches(Dataset dataset, int[] order, int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be at least 1 (is " + batchSize + ")");
		}
		this.dataset = dataset;
		this.order = order.clone();
		this.imageLength = dataset.shape().length();
		this.batch = new Batch(batchSize, imageLength);
	}

	public boolean hasNext() {
		return position < order.length;
	}

	public Batch next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int n = Math.min(batch.samples.length, order.length - position);
		for (int i = 0; i < n; i++) {
			int sample = order[position + i];
			dataset.image(sample, batch.images, i * imageLength);
			batch.samples[i] = sample;
			batch.contentLabels[i] = dataset.contentLabel(sample);
			batch.domainLabels[i] = dataset.domainLabel(sample);
		}
		batch.size = n;
		position += n;
		return batch;
	}

	/** Starts over with the same order. */
	public void reset() {
		position = 0;
	}

	public int batchCount() {
		return (order.length + batch.samples.length - 1) / batch.samples.length;
	}
}
