package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EReference;

import maxwell.model.Experiment;
import maxwell.model.ModelPackage.Literals;

/** Rules of the Experiment itself; its sections check themselves. */
public final class ExperimentRules {

	private ExperimentRules() {
	}

	public static boolean hasName(Experiment experiment, DiagnosticChain diagnostics) {
		Report report = Report.on(experiment, diagnostics);
		if (Labels.isBlank(experiment.getName())) {
			report.error(Literals.EXPERIMENT__NAME, "experiment has no name");
		}
		return report.passed();
	}

	/** The sections are 0..1 in the metamodel only so that an incomplete file still loads and can be shown. */
	public static boolean hasAllSections(Experiment experiment, DiagnosticChain diagnostics) {
		Report report = Report.on(experiment, diagnostics);
		EReference[] sections = { Literals.EXPERIMENT__DATA, Literals.EXPERIMENT__MODEL,
				Literals.EXPERIMENT__ADVERSARY, Literals.EXPERIMENT__TRAINING, Literals.EXPERIMENT__ANALYSIS };
		for (EReference section : sections) {
			if (experiment.eGet(section) == null) {
				report.error(section, label(experiment) + " has no " + section.getName() + " section");
			}
		}
		return report.passed();
	}

	static String label(Experiment experiment) {
		return Labels.isBlank(experiment.getName()) ? "the experiment" : "experiment '" + experiment.getName() + "'";
	}
}
