package maxwell.ui.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage.Literals;

/** The experiment's name and seed, and the data: which images, how many, in which domains. */
final class DataPage extends SpecFormPage {

    static final String ID = "maxwell.ui.editor.data";

    DataPage(ExperimentEditor editor) {
        super(editor, ID, "Data");
    }

    @Override
    protected void fill(Composite body, Experiment experiment) {
        Composite left = toolkit().createComposite(body);
        GridLayout column = new GridLayout(1, false);
        column.marginWidth = 0;
        left.setLayout(column);
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Composite general = section(left, "Experiment", "What the experiment is called and the seed every random choice derives from.");
        fields().text(general, experiment, Literals.EXPERIMENT__NAME, "Name");
        fields().text(general, experiment, Literals.EXPERIMENT__DESCRIPTION, "Description", true);
        fields().text(general, experiment, Literals.EXPERIMENT__SEED, "Seed");

        DatasetSpec data = experiment.getData();
        Composite dataset = section(left, "Dataset", "The images the model learns from and the held-out probe set the analysis reads.");
        fields().choice(dataset, data, Literals.DATASET_SPEC__KIND, "Kind");
        fields().text(dataset, data, Literals.DATASET_SPEC__IMAGE_SIZE, "Image size (px)");
        fields().text(dataset, data, Literals.DATASET_SPEC__CHANNELS, "Channels");
        fields().text(dataset, data, Literals.DATASET_SPEC__TRAIN_SIZE, "Training items");
        fields().text(dataset, data, Literals.DATASET_SPEC__PROBE_SIZE, "Probe items");
        fields().text(dataset, data, Literals.DATASET_SPEC__DATA_LOCATION, "Data location");
        fields().text(dataset, data, Literals.DATASET_SPEC__CONTENT_LABELS, "Content labels");

        Composite domains = section(body, "Domains", "Each domain renders the same items differently; the demon tries to tell them apart.");
        new ChildTable(toolkit(), domains, experimentEditor().document(), experimentEditor().fields(), ID, data,
                Literals.DATASET_SPEC__DOMAINS,
                List.of(new ChildTable.Column(Literals.DOMAIN__NAME, "Name", 120),
                        new ChildTable.Column(Literals.DOMAIN__RENDERING, "Rendering", 120),
                        new ChildTable.Column(Literals.DOMAIN__LOCATION, "Location", 200)),
                () -> {
                    Domain domain = ModelFactory.eINSTANCE.createDomain();
                    domain.setName("domain-" + (data.getDomains().size() + 1));
                    return domain;
                }, experimentEditor()::hasErrorOn);
    }
}
