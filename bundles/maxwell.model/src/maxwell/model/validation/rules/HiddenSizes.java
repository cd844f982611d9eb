package maxwell.model.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

final class HiddenSizes {

	private HiddenSizes() {
	}

	/** Reports every layer narrower than one unit, e.g. "encoder hidden layer 2 has size 0 (must be at least 1)". */
	static void check(Report report, EAttribute feature, String network, List<Integer> sizes) {
		for (int layer = 0; layer < sizes.size(); layer++) {
			int size = sizes.get(layer);
			if (size < 1) {
				report.error(feature, network + " hidden layer " + (layer + 1) + " has size " + size
						+ " (must be at least 1)");
			}
		}
	}
}
