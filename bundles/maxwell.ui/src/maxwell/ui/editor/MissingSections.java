package maxwell.ui.editor;

import maxwell.model.Experiment;
import maxwell.model.ModelFactory;

/**
 * A hand-written file may leave out a whole part (no training section, say). The forms need an
 * object to bind to, so the missing parts are added empty; validation then says what they lack.
 */
final class MissingSections {

    private MissingSections() {
    }

    static void fill(Experiment experiment) {
        ModelFactory factory = ModelFactory.eINSTANCE;
        if (experiment.getData() == null) {
            experiment.setData(factory.createDatasetSpec());
        }
        if (experiment.getModel() == null) {
            experiment.setModel(factory.createModelSpec());
        }
        if (experiment.getAdversary() == null) {
            experiment.setAdversary(factory.createAdversarySpec());
        }
        if (experiment.getTraining() == null) {
            experiment.setTraining(factory.createTrainingSpec());
        }
        if (experiment.getAnalysis() == null) {
            experiment.setAnalysis(factory.createAnalysisSpec());
        }
    }
}
