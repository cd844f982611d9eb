package maxwell.model.validation.rules;

import java.util.LinkedHashMap;
import java.util.Map;

final class Duplicates {

	private Duplicates() {
	}

	/** @return each non-blank name that occurs more than once, with its count, in first-seen order */
	static Map<String, Integer> of(Iterable<String> names) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String name : names) {
			if (!Labels.isBlank(name)) {
				counts.merge(name, 1, Integer::sum);
			}
		}
		counts.values().removeIf(count -> count < 2);
		return counts;
	}
}
