package maxwell.ui.editor;

import org.eclipse.swt.widgets.Composite;

import maxwell.model.Experiment;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.TrainingSpec;

/** How long and how the model trains, and how often it is evaluated and checkpointed. */
final class TrainingPage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.training";

    TrainingPage(ExperimentEditor editor) {
        super(editor, ID, "Training");
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        TrainingSpec training = experiment.getTraining();
        Composite optimisation = section(body, "Optimisation", "Epochs, batches and the optimizer; the learning rate falls along a half cosine from the given share of the run (1: constant).");
        fields().text(optimisation, training, Literals.TRAINING_SPEC__EPOCHS, "Epochs");
        fields().text(optimisation, training, Literals.TRAINING_SPEC__BATCH_SIZE, "Batch size");
        fields().choice(optimisation, training, Literals.TRAINING_SPEC__OPTIMIZER, "Optimizer");
        fields().text(optimisation, training, Literals.TRAINING_SPEC__LEARNING_RATE, "Learning rate");
        fields().text(optimisation, training, Literals.TRAINING_SPEC__LEARNING_RATE_DECAY_START, "Decay from (share of run)");
        fields().text(optimisation, training, Literals.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR, "Final rate factor");

        Composite intervals = section(body, "Evaluation and checkpoints",
                "Evaluations write the probe codes the views and the analysis read; checkpoints are what a resume starts from.");
        fields().text(intervals, training, Literals.TRAINING_SPEC__EVALUATION_INTERVAL, "Evaluate every");
        fields().choice(intervals, training, Literals.TRAINING_SPEC__EVALUATION_UNIT, "Evaluation unit");
        fields().text(intervals, training, Literals.TRAINING_SPEC__CHECKPOINT_INTERVAL, "Checkpoint every");
        fields().choice(intervals, training, Literals.TRAINING_SPEC__CHECKPOINT_UNIT, "Checkpoint unit");
    }
}
