package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import maxwell.model.AdversaryFormulation;
import maxwell.model.AdversarySpec;
import maxwell.model.Experiment;
import maxwell.model.LambdaSchedule;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.Partition;

public final class AdversaryRules {

	private AdversaryRules() {
	}

	/**
	 * One message for every way the watched partition can be missing: never set, an unresolved
	 * proxy (an href to a partition the file does not have), or a partition of another experiment
	 * (or one already removed from this model).
	 */
	public static boolean watchesExistingPartition(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		Partition watched = adversary.getWatches();
		if (watched == null || watched.eIsProxy() || !belongsToOwnModel(adversary, watched)) {
			report.error(Literals.ADVERSARY_SPEC__WATCHES, "the adversary watches a partition that does not exist");
		}
		return report.passed();
	}

	/**
	 * {@code watches} is the adversary's only cross-reference, and watchesExistingPartition already
	 * reports it broken in plain words; ModelValidator asks this to skip EMF's generic
	 * "unresolved proxy" and "dangling reference" messages about the same problem. Should the
	 * adversary get another cross-reference, narrow this to the watches feature.
	 */
	public static boolean reportsItsOwnBrokenReferences(EObject object) {
		return object instanceof AdversarySpec;
	}

	public static boolean lambdaNotNegative(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		double lambda = adversary.getLambda();
		if (!(lambda >= 0) || Double.isInfinite(lambda)) {
			report.error(Literals.ADVERSARY_SPEC__LAMBDA,
					"the adversary weight lambda = " + lambda + " must be 0 or more");
		}
		return report.passed();
	}

	public static boolean rampPositive(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		LambdaSchedule schedule = adversary.getSchedule();
		double ramp = adversary.getRampEpochs();
		if (schedule != LambdaSchedule.CONSTANT && !(ramp > 0)) {
			report.error(Literals.ADVERSARY_SPEC__RAMP_EPOCHS,
					"a " + schedule + " schedule needs more than 0 ramp epochs (has " + ramp + ")");
		}
		return report.passed();
	}

	/** Only the alternating game takes k adversary steps per encoder step; the others ignore k. */
	public static boolean stepsPositive(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		if (adversary.getFormulation() == AdversaryFormulation.ALTERNATING_MIN_MAX && adversary.getAdversarySteps() < 1) {
			report.error(Literals.ADVERSARY_SPEC__ADVERSARY_STEPS,
					"ALTERNATING_MIN_MAX needs at least 1 adversary step per encoder step (k = "
							+ adversary.getAdversarySteps() + ")");
		}
		return report.passed();
	}

	public static boolean learningRatePositive(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		if (!LearningRates.isValid(adversary.getLearningRate())) {
			report.error(Literals.ADVERSARY_SPEC__LEARNING_RATE,
					"the adversary's learning rate " + adversary.getLearningRate() + " must be positive");
		}
		return report.passed();
	}

	public static boolean hiddenSizesPositive(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		HiddenSizes.check(report, Literals.ADVERSARY_SPEC__HIDDEN_SIZES, "adversary", adversary.getHiddenSizes());
		return report.passed();
	}

	/**
	 * Every demon costs a forward and backward pass per step; past {@link #MAX_DEMONS} an ensemble
	 * costs more than the encoder it watches and is more likely a typing slip than a plan.
	 */
	public static boolean demonsInRange(AdversarySpec adversary, DiagnosticChain diagnostics) {
		Report report = Report.on(adversary, diagnostics);
		int demons = adversary.getDemons();
		if (demons < 1 || demons > MAX_DEMONS) {
			report.error(Literals.ADVERSARY_SPEC__DEMONS,
					"the ensemble needs 1 to " + MAX_DEMONS + " demons (has " + demons + ")");
		}
		return report.passed();
	}

	public static final int MAX_DEMONS = 16;

	private static boolean belongsToOwnModel(AdversarySpec adversary, Partition watched) {
		if (!(adversary.eContainer() instanceof Experiment experiment)) {
			return true; // validated on its own, there is no model to compare with
		}
		return experiment.getModel() != null && experiment.getModel().getPartitions().contains(watched);
	}
}
