package maxwell.model.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** How messages name an object: by its name when it has one, otherwise by its position. */
final class Labels {

	private Labels() {
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** e.g. {@code 'style'} or, for an unnamed second element, {@code 2}. */
	static String named(String name, EObject object) {
		return isBlank(name) ? String.valueOf(positionOf(object)) : "'" + name + "'";
	}

	/** 1-based position among its siblings in the containing list, or 1 when it is not in a list. */
	static int positionOf(EObject object) {
		EObject container = object.eContainer();
		if (container != null && object.eContainingFeature().isMany()) {
			return ((List<?>) container.eGet(object.eContainingFeature())).indexOf(object) + 1;
		}
		return 1;
	}

	/** "two" reads better than "2" in "two domains are named 'night'"; larger counts stay digits. */
	static String count(int n) {
		return n == 2 ? "two" : String.valueOf(n);
	}
}
