package maxwell.model.io;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

final class Words {

	private Words() {
	}

	/** "a Partition", "an Experiment", "an EPackage". */
	static String withArticle(String noun) {
		return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
	}

	/** What a user should have written for a feature's value, e.g. "a whole number". */
	static String kindOfValue(EStructuralFeature feature) {
		if (feature.getEType() instanceof EEnum) {
			return "one of its literals";
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return "a " + feature.getEType().getName();
	}
}
