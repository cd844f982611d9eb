package maxwell.data.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import maxwell.data.api.Dataset;
import maxwell.data.api.Subset;

/**
 * Which items a preview shows: probe items first (then training items), taken class by class in
 * turn, so a sheet of a few columns shows every kind of content rather than whatever came first.
 */
public final class PreviewItems {

	private PreviewItems() {
	}

	public static int[] of(Dataset dataset, int columns) {
		TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
		int classes = Math.max(1, dataset.contentClasses().size());
		int perClass = (columns + classes - 1) / classes;
		scan: for (Subset part : List.of(dataset.split().probe(), dataset.split().train())) {
			for (int i = 0; i < part.itemCount(); i++) {
				if (byClass.size() >= classes && byClass.values().stream().allMatch(items -> items.size() >= perClass)) {
					break scan; // enough of every class: labels can be costly (generated tiles make a layout each)
				}
				int item = part.item(i);
				byClass.computeIfAbsent(dataset.contentLabel(dataset.sample(item, 0)), c -> new ArrayList<>()).add(item);
			}
		}
		List<Integer> chosen = new ArrayList<>();
		for (int round = 0; chosen.size() < columns; round++) {
			boolean any = false;
			for (List<Integer> items : byClass.values()) {
				if (round < items.size() && chosen.size() < columns) {
					chosen.add(items.get(round));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}
}
