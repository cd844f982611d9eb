package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.ModelPackage.Literals;

public final class EstimatorRules {

	private EstimatorRules() {
	}

	/** Only the parameters the estimator kind actually uses are checked; the others keep their defaults unused. */
	public static boolean parametersInRange(EstimatorSpec estimator, DiagnosticChain diagnostics) {
		Report report = Report.on(estimator, diagnostics);
		EstimatorKind kind = estimator.getKind();
		switch (kind) {
			case KSG, ROSS -> {
				if (estimator.getK() < 1) {
					report.error(Literals.ESTIMATOR_SPEC__K,
							"estimator " + kind + ": k = " + estimator.getK() + " must be at least 1");
				}
			}
			case BINNING -> {
				if (estimator.getBins() < 2) {
					report.error(Literals.ESTIMATOR_SPEC__BINS,
							"estimator " + kind + ": bins = " + estimator.getBins() + " must be at least 2");
				}
			}
			case MIXTURE_BOUNDS -> {
				double variance = estimator.getNoiseVariance();
				if (!(variance > 0) || Double.isInfinite(variance)) {
					report.error(Literals.ESTIMATOR_SPEC__NOISE_VARIANCE,
							"estimator " + kind + ": noise variance " + variance + " must be positive");
				}
			}
			case GAUSSIAN, PROBE -> {
				// no parameters of their own
			}
		}
		return report.passed();
	}
}
