package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import maxwell.model.util.ModelValidator;

/**
 * Collects what one rule found about one object. Diagnostics carry the object and, when there is
 * one, the offending feature as data[0] and data[1]: EMF's marker helpers and the editor use them
 * to select what is wrong. A {@code null} chain means the caller only wants a yes/no answer.
 */
final class Report {

	private final DiagnosticChain diagnostics;
	private final EObject target;
	private boolean errorFound;

	private Report(DiagnosticChain diagnostics, EObject target) {
		this.diagnostics = diagnostics;
		this.target = target;
	}

	static Report on(EObject target, DiagnosticChain diagnostics) {
		return new Report(diagnostics, target);
	}

	Report error(EStructuralFeature feature, String message) {
		errorFound = true;
		return add(Diagnostic.ERROR, feature, message);
	}

	Report warning(EStructuralFeature feature, String message) {
		return add(Diagnostic.WARNING, feature, message);
	}

	/** @return what EMF validators return: {@code false} when the object violates the rule */
	boolean passed() {
		return !errorFound;
	}

	private Report add(int severity, EStructuralFeature feature, String message) {
		if (diagnostics != null) {
			Object[] data = feature == null ? new Object[] { target } : new Object[] { target, feature };
			diagnostics.add(new BasicDiagnostic(severity, ModelValidator.DIAGNOSTIC_SOURCE, 0, message, data));
		}
		return this;
	}
}
