package maxwell.data.api;

import java.util.SplittableRandom;

/**
 * Chooses which items train and which probe. Works on items, never on samples, so every rendering
 * of one place or garment lands on the same side.
 */
public final class ItemSplits {

	private ItemSplits() {
	}

	/**
	 * A seeded permutation of {@code 0..available-1}: the first {@code probe} items probe, the next
	 * {@code train} items train. When fewer items exist than asked for, both parts shrink in
	 * proportion (the probe set keeps at least one item).
	 */
	public static Split of(Dataset dataset, int train, int probe, long seed) {
		int available = dataset.itemCount();
		int[] counts = fit(available, train, probe);
		int[] permutation = permutation(available, Seeds.mix(seed, 0x5B117L));
		int[] probeItems = new int[counts[1]];
		int[] trainItems = new int[counts[0]];
		System.arraycopy(permutation, 0, probeItems, 0, probeItems.length);
		System.arraycopy(permutation, probeItems.length, trainItems, 0, trainItems.length);
		return new Split(new Subset(dataset, trainItems), new Subset(dataset, probeItems));
	}

	/** @return {train, probe} counts that fit into {@code available} items */
	public static int[] fit(int available, int train, int probe) {
		if (train + probe <= available) {
			return new int[] { train, probe };
		}
		int fittedProbe = available < 2 ? available : Math.max(1, (int) Math.round((double) available * probe / (train + probe)));
		return new int[] { available - fittedProbe, fittedProbe };
	}

	public static int[] permutation(int n, long seed) {
		int[] p = new int[n];
		for (int i = 0; i < n; i++) {
			p[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = p[i];
			p[i] = p[j];
			p[j] = swap;
		}
		return p;
	}

	/** A seeded choice of {@code count} distinct numbers out of {@code 0..n-1}, in the chosen order. */
	public static int[] choose(int n, int count, long seed) {
		int[] p = permutation(n, seed);
		int[] chosen = new int[Math.min(count, n)];
		System.arraycopy(p, 0, chosen, 0, chosen.length);
		return chosen;
	}
}
