package maxwell.ui.editor;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.swt.widgets.Composite;

import maxwell.model.AdversarySpec;
import maxwell.model.Experiment;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.ModelSpec;
import maxwell.model.Partition;

/** The demon: which partition it watches, what it tries to predict, and how hard it pushes (λ). */
final class AdversaryPage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.adversary";

    AdversaryPage(ExperimentEditor editor) {
        super(editor, ID, "Adversary");
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        AdversarySpec adversary = experiment.getAdversary();
        Composite demon = section(body, "The demon", "A classifier at the gate: it reads one partition and tries to predict a label from it.");
        // EMF data binding follows the partitions list: a partition added on the Model page is a choice here at once
        IObservableList<Partition> partitions = EMFProperties.<ModelSpec, Partition>list(Literals.MODEL_SPEC__PARTITIONS)
                .observe(experiment.getModel());
        fields().reference(demon, adversary, Literals.ADVERSARY_SPEC__WATCHES, "Watches partition", partitions,
                partition -> partition.getName() + " (" + TextFormats.words(partition.getRole().getName()) + ", "
                        + partition.getDimension() + " dims)");
        fields().choice(demon, adversary, Literals.ADVERSARY_SPEC__PREDICTS, "Predicts");
        fields().text(demon, adversary, Literals.ADVERSARY_SPEC__HIDDEN_SIZES, "Hidden sizes");
        fields().text(demon, adversary, Literals.ADVERSARY_SPEC__DEMONS, "Demons (ensemble)");
        fields().choice(demon, adversary, Literals.ADVERSARY_SPEC__FORMULATION, "Formulation");
        fields().text(demon, adversary, Literals.ADVERSARY_SPEC__ADVERSARY_STEPS, "Adversary steps");
        fields().text(demon, adversary, Literals.ADVERSARY_SPEC__LEARNING_RATE, "Learning rate");

        Composite schedule = section(body, "λ schedule", "How strongly the encoder is pushed to fool the demon, over training.");
        fields().text(schedule, adversary, Literals.ADVERSARY_SPEC__LAMBDA, "λ");
        fields().choice(schedule, adversary, Literals.ADVERSARY_SPEC__SCHEDULE, "Schedule");
        fields().text(schedule, adversary, Literals.ADVERSARY_SPEC__RAMP_EPOCHS, "Ramp (epochs)");
    }
}
