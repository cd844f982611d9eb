package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.AnalysisSpec;
import maxwell.model.Experiment;
import maxwell.model.ModelPackage.Literals;

public final class AnalysisRules {

	private AnalysisRules() {
	}

	/** 0 means "the whole probe set", so only a count beyond it (or below 0) is wrong. */
	public static boolean probeSamplesFit(AnalysisSpec analysis, DiagnosticChain diagnostics) {
		Report report = Report.on(analysis, diagnostics);
		int samples = analysis.getProbeSamples();
		int probeSize = probeSizeOf(analysis);
		if (samples < 0) {
			report.error(Literals.ANALYSIS_SPEC__PROBE_SAMPLES, "probe samples " + samples + " must not be negative");
		} else if (probeSize >= 1 && samples > probeSize) {
			report.error(Literals.ANALYSIS_SPEC__PROBE_SAMPLES,
					"probe samples " + samples + " exceed the probe set size (" + probeSize + ")");
		}
		return report.passed();
	}

	public static boolean countsNotNegative(AnalysisSpec analysis, DiagnosticChain diagnostics) {
		Report report = Report.on(analysis, diagnostics);
		if (analysis.getSurrogates() < 0) {
			report.error(Literals.ANALYSIS_SPEC__SURROGATES,
					"surrogates " + analysis.getSurrogates() + " must not be negative");
		}
		if (analysis.getBootstrapResamples() < 0) {
			report.error(Literals.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES,
					"bootstrap resamples " + analysis.getBootstrapResamples() + " must not be negative");
		}
		return report.passed();
	}

	/** Legal (a run can still be watched), but it measures nothing, which is rarely what was meant. */
	public static boolean hasEstimators(AnalysisSpec analysis, DiagnosticChain diagnostics) {
		Report report = Report.on(analysis, diagnostics);
		if (analysis.getEstimators().isEmpty()) {
			report.warning(Literals.ANALYSIS_SPEC__ESTIMATORS, "the analysis has no estimators");
		}
		return report.passed();
	}

	/** @return the probe set size, or 0 when there is no dataset to compare with (reported elsewhere) */
	private static int probeSizeOf(AnalysisSpec analysis) {
		if (analysis.eContainer() instanceof Experiment experiment && experiment.getData() != null) {
			return experiment.getData().getProbeSize();
		}
		return 0;
	}
}
