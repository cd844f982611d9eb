package maxwell.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

public enum Severity {
	ERROR, WARNING, INFO;

	static Severity of(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> ERROR;
			case Diagnostic.WARNING -> WARNING;
			default -> INFO;
		};
	}
}
