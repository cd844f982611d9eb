package maxwell.ui.editor;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import maxwell.model.AnalysisSpec;
import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage.Literals;

/** How the information in each partition is measured: sample sizes, surrogates, estimators. */
final class AnalysisPage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.analysis";

    AnalysisPage(ExperimentEditor editor) {
        super(editor, ID, "Analysis");
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        AnalysisSpec analysis = experiment.getAnalysis();
        Composite sampling = section(body, "Estimates", "Sample sizes of the probe set and of the significance tests.");
        fields().text(sampling, analysis, Literals.ANALYSIS_SPEC__PROBE_SAMPLES, "Probe samples (0 = all)");
        fields().text(sampling, analysis, Literals.ANALYSIS_SPEC__SURROGATES, "Surrogates");
        fields().text(sampling, analysis, Literals.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES, "Bootstrap resamples");

        Composite estimators = section(body, "Estimators", "Every number is estimated by each of these; k for KSG, bins for binning.");
        new ChildTable(toolkit(), estimators, experimentEditor().document(), experimentEditor().fields(), ID, analysis,
                Literals.ANALYSIS_SPEC__ESTIMATORS,
                List.of(new ChildTable.Column(Literals.ESTIMATOR_SPEC__KIND, "Estimator", 130),
                        new ChildTable.Column(Literals.ESTIMATOR_SPEC__K, "k", 50),
                        new ChildTable.Column(Literals.ESTIMATOR_SPEC__BINS, "Bins", 60),
                        new ChildTable.Column(Literals.ESTIMATOR_SPEC__NOISE_VARIANCE, "Noise variance", 110)),
                () -> {
                    EstimatorSpec estimator = ModelFactory.eINSTANCE.createEstimatorSpec();
                    estimator.setKind(EstimatorKind.KSG);
                    return estimator;
                }, experimentEditor()::hasErrorOn);
    }
}
