package maxwell.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import maxwell.model.Experiment;

/**
 * Validation for the CLI and the editor: runs EMF's {@link Diagnostician} (which uses
 * ModelValidator, registered for the package) and flattens its tree of diagnostics into a list.
 */
public final class ExperimentValidation {

	private ExperimentValidation() {
	}

	/** @return every problem, errors and warnings, in the order the model is traversed */
	public static List<Problem> problems(Experiment experiment) {
		List<Problem> problems = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(experiment), problems);
		return problems;
	}

	public static List<Problem> errors(Experiment experiment) {
		return problems(experiment).stream().filter(Problem::isError).toList();
	}

	/** @return whether the experiment can be run: no errors (warnings allowed) */
	public static boolean isRunnable(Experiment experiment) {
		return errors(experiment).isEmpty();
	}

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				problems.add(new Problem(Severity.of(diagnostic), diagnostic.getMessage(), targetOf(diagnostic)));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	private static EObject targetOf(Diagnostic diagnostic) {
		return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject target)
				? null
				: target;
	}
}
