package maxwell.model.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing wrong with an experiment, in words a user can act on.
 *
 * @param target the object the problem is about (for the editor to select), or {@code null}
 */
public record Problem(Severity severity, String message, EObject target) {

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}
