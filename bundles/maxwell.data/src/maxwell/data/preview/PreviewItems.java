package maxwell.data.preview;

import maxwell.data.api.Dataset;
import maxwell.data.api.Subset;

/** Which items a preview shows: the first ones of the probe set, a fixed, seeded sample of the data. */
public final class PreviewItems {

	private PreviewItems() {
	}

	public static int[] of(Dataset dataset, int columns) {
		Subset probe = dataset.split().probe();
		Subset train = dataset.split().train();
		int n = Math.min(columns, probe.itemCount() + train.itemCount());
		int[] items = new int[n];
		for (int i = 0; i < n; i++) {
			items[i] = i < probe.itemCount() ? probe.item(i) : train.item(i - probe.itemCount());
		}
		return items;
	}
}
