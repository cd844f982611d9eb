package maxwell.data.api;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A part of a dataset chosen by item: every domain's rendering of each chosen item. Holds only the
 * item numbers; images stay in the dataset.
 */
public final class Subset {

	private final Dataset dataset;
	private final int[] items;

	public Subset(Dataset dataset, int[] items) {
		this.dataset = dataset;
		this.items = items.clone();
	}

	public Dataset dataset() {
		return dataset;
	}

	public int itemCount() {
		return items.length;
	}

	public int item(int i) {
		return items[i];
	}

	public int[] items() {
		return items.clone();
	}

	/** Samples in this subset: items times domains. */
	public int size() {
		return items.length * dataset.domainCount();
	}

	/** The i-th sample of this subset in its natural (unshuffled) order. */
	public int sample(int i) {
		int domains = dataset.domainCount();
		return dataset.sample(items[i / domains], i % domains);
	}

	/**
	 * The samples of this subset in the order of one epoch: a Fisher–Yates shuffle seeded by
	 * {@code seed} and {@code epoch}, so a run can be repeated sample for sample and every epoch
	 * differs from the last.
	 */
	public int[] order(long seed, int epoch) {
		int[] order = new int[size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = sample(i);
		}
		SplittableRandom random = new SplittableRandom(Seeds.mix(seed, 0x5EED_0F_E90C4L + epoch));
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	/**
	 * The samples of one epoch with every item's renderings side by side: the items are shuffled
	 * as {@link #order} shuffles samples, and each item brings all its domains along. Batches cut
	 * from this order hold the same item seen by several sources, which the pairing term needs.
	 */
	public int[] pairedOrder(long seed, int epoch) {
		int domains = dataset.domainCount();
		int[] itemOrder = Arrays.copyOf(items, items.length);
		SplittableRandom random = new SplittableRandom(Seeds.mix(seed, 0x9A12_ED0F_E90C4L + epoch));
		for (int i = itemOrder.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = itemOrder[i];
			itemOrder[i] = itemOrder[j];
			itemOrder[j] = swap;
		}
		int[] order = new int[size()];
		for (int i = 0; i < itemOrder.length; i++) {
			for (int d = 0; d < domains; d++) {
				order[i * domains + d] = dataset.sample(itemOrder[i], d);
			}
		}
		return order;
	}

	/** Batches over the samples in {@code order}, filling the batch's own buffers. */
	public Batches batches(int[] order, int batchSize) {
		return new Batches(dataset, order, batchSize);
	}

	/** Batches of one shuffled epoch. */
	public Batches batches(long seed, int epoch, int batchSize) {
		return batches(order(seed, epoch), batchSize);
	}

	@Override
	public String toString() {
		return items.length + " items " + Arrays.toString(Arrays.copyOf(items, Math.min(5, items.length))) + "...";
	}
}
