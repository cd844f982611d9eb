package maxwell.ui.editor;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.ModelSpec;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;

/** The encoder and decoder, and how the latent code is split into partitions (the chambers). */
final class ModelPage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.model";

    ModelPage(ExperimentEditor editor) {
        super(editor, ID, "Model & partitions");
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        ModelSpec model = experiment.getModel();
        Composite networks = section(body, "Networks", "Encoder and decoder; hidden sizes as a list, e.g. 256, 128.");
        fields().choice(networks, model, Literals.MODEL_SPEC__ENCODER_KIND, "Encoder");
        fields().text(networks, model, Literals.MODEL_SPEC__ENCODER_HIDDEN_SIZES, "Encoder hidden sizes");
        fields().choice(networks, model, Literals.MODEL_SPEC__DECODER_KIND, "Decoder");
        fields().text(networks, model, Literals.MODEL_SPEC__DECODER_HIDDEN_SIZES, "Decoder hidden sizes");
        fields().choice(networks, model, Literals.MODEL_SPEC__LATENT_TYPE, "Latent code");
        fields().text(networks, model, Literals.MODEL_SPEC__BETA, "β (KL weight)");
        fields().text(networks, model, Literals.MODEL_SPEC__PAIRING_WEIGHT, "Pairing weight");
        fields().text(networks, model, Literals.MODEL_SPEC__DOMAIN_MMD_WEIGHT, "Domain MMD weight");
        fields().text(networks, model, Literals.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT, "Cross reconstruction weight");

        Composite partitions = section(body, "Partitions", "The chambers of the latent code: content, style and nuisance partitions.");
        new ChildTable(toolkit(), partitions, experimentEditor().document(), experimentEditor().fields(), ID, model,
                Literals.MODEL_SPEC__PARTITIONS,
                List.of(new ChildTable.Column(Literals.PARTITION__NAME, "Name", 120),
                        new ChildTable.Column(Literals.PARTITION__DIMENSION, "Dimension", 90),
                        new ChildTable.Column(Literals.PARTITION__ROLE, "Role", 110)),
                () -> {
                    Partition partition = ModelFactory.eINSTANCE.createPartition();
                    partition.setName("nuisance-" + (model.getPartitions().size() + 1));
                    partition.setDimension(4);
                    partition.setRole(PartitionRole.NUISANCE);
                    return partition;
                }, experimentEditor()::hasErrorOn);
    }
}
