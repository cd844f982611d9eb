package maxwell.ui.tests;

import static maxwell.ui.tests.Workbench.display;
import static maxwell.ui.tests.Workbench.execute;
import static maxwell.ui.tests.Workbench.page;
import static maxwell.ui.tests.Workbench.pump;
import static maxwell.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.ui.application.MaxwellPerspective;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.FieldProblem;
import maxwell.ui.problems.ExperimentProblemsView;
import maxwell.ui.wizards.ExperimentTemplate;
import maxwell.ui.wizards.NewExperimentWizard;

/**
 * A user makes an experiment with the wizard, edits it, meets a validation error and fixes it,
 * undoes and redoes, and saves: the file on disk holds what the editor showed.
 */
class ExperimentEditorTest {

    private static final String EPOCHS = "TrainingSpec.epochs";
    private static final String BATCH_SIZE = "TrainingSpec.batchSize";
    private static final String EPOCHS_ERROR = "training needs at least 1 epoch (epochs = 0)";

    @Test
    void createEditValidateUndoRedoAndSaveAnExperiment() throws Exception {
        window().getShell().setBounds(0, 0, 1280, 960);
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(window().getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choose(ExperimentTemplate.FASHION_MNIST, "editor test");
        wizard.choose(ExperimentTemplate.MAP_TILES, "editor test"); // a typed name survives a change of template
        Screenshots.capture(display(), "wizard-new-experiment");
        pressButton(dialog.getShell(), "Finish");
        waitUntil("the wizard to close", 5000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        Path file = wizard.created();
        assertEquals(Workbench.workspace().resolve("experiments/editor-test.maxwell"), file);
        assertEquals("editor test", ExperimentFiles.load(file).getName(), "the wizard wrote the experiment with its name");
        ExperimentEditor editor = (ExperimentEditor) page().getActiveEditor();
        assertNotNull(editor, "the wizard opened the new experiment");
        assertEquals(file, editor.file());
        int templateEpochs = editor.experiment().getTraining().getEpochs();
        assertTrue(templateEpochs > 0);
        Screenshots.capture(display(), "editor-data-page");

        IFormPage training = editor.showPage(ExperimentEditor.TRAINING_PAGE);
        Composite body = training.getManagedForm().getForm().getBody();
        Text epochs = (Text) Workbench.field(body, EPOCHS);
        assertEquals(String.valueOf(templateEpochs), epochs.getText());

        type(epochs, "0");
        waitUntil("the model to take epochs = 0", 3000, () -> editor.experiment().getTraining().getEpochs() == 0);
        assertTrue(editor.isDirty());
        assertTrue(messages(editor).contains(EPOCHS_ERROR), messages(editor).toString());
        assertEquals(IMessageProvider.ERROR, form(training).getForm().getMessageType(), "the page header shows the error");
        ExperimentProblemsView problems = (ExperimentProblemsView) page().showView(MaxwellPerspective.PROBLEMS_VIEW);
        page().activate(editor);
        assertTrue(problems.problems().stream().anyMatch(p -> p.message().equals(EPOCHS_ERROR)),
                "the problems list shows it: " + problems.problems());
        Screenshots.capture(display(), "editor-validation-error");
        editor.showPage(ExperimentEditor.DATA_PAGE);
        editor.reveal(problems.problems().stream().filter(p -> p.message().equals(EPOCHS_ERROR)).findFirst().orElseThrow());
        assertEquals(ExperimentEditor.TRAINING_PAGE, editor.getActivePageInstance().getId(),
                "opening a problem shows the page of its field");

        Text batch = (Text) Workbench.field(body, BATCH_SIZE);
        int batchBefore = editor.experiment().getTraining().getBatchSize();
        type(batch, "sixteen");
        pump(FIELD_COMMIT_MS);
        assertEquals(batchBefore, editor.experiment().getTraining().getBatchSize(), "a word never reaches the model");
        assertTrue(headerMessages(training).contains("'sixteen' is not a whole number"), headerMessages(training));
        assertTrue(problems.problems().stream().anyMatch(p -> p.message().equals("batchSize: 'sixteen' is not a whole number")),
                "the list shows what the field shows: " + problems.problems());
        Screenshots.capture(display(), "editor-conversion-error");
        type(batch, String.valueOf(batchBefore));
        pump(FIELD_COMMIT_MS);
        assertFalse(headerMessages(training).contains("sixteen"), headerMessages(training));
        assertFalse(problems.problems().stream().anyMatch(p -> p.message().contains("sixteen")), "and both forget it");

        type(epochs, "3");
        waitUntil("the model to take epochs = 3", 3000, () -> editor.experiment().getTraining().getEpochs() == 3);
        assertFalse(messages(editor).contains(EPOCHS_ERROR), "fixed: " + messages(editor));
        assertFalse(problems.problems().stream().anyMatch(p -> p.message().equals(EPOCHS_ERROR)), "gone from the list too");
        assertEquals(IMessageProvider.NONE, form(training).getForm().getMessageType(), headerMessages(training));
        Screenshots.capture(display(), "editor-error-fixed");

        // Ctrl+Z / Ctrl+Y are the workbench's undo and redo, which the editor hands its command stack.
        IBindingService bindings = window().getService(IBindingService.class);
        assertTrue(keys(bindings, "org.eclipse.ui.edit.undo").contains("Ctrl+Z"), String.valueOf(keys(bindings, "org.eclipse.ui.edit.undo")));
        assertTrue(keys(bindings, "org.eclipse.ui.edit.redo").contains("Ctrl+Y"), String.valueOf(keys(bindings, "org.eclipse.ui.edit.redo")));
        assertEquals(List.of("Ctrl+N"), keys(bindings, "maxwell.ui.commands.newExperiment"),
                "Ctrl+N makes a new experiment (not the generic New dialog)");
        assertEquals("&Undo Change epochs", editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId()).getText(),
                "Edit > Undo says what it undoes");
        execute("org.eclipse.ui.edit.undo");
        assertEquals(0, editor.experiment().getTraining().getEpochs());
        pump(100);
        assertEquals("0", epochs.getText(), "the field follows the undo");
        execute("org.eclipse.ui.edit.undo");
        assertEquals(templateEpochs, editor.experiment().getTraining().getEpochs());
        assertFalse(editor.isDirty(), "undoing every edit gives back the file as saved");
        execute("org.eclipse.ui.edit.redo");
        execute("org.eclipse.ui.edit.redo");
        assertEquals(3, editor.experiment().getTraining().getEpochs());
        assertTrue(editor.isDirty());

        execute("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        Experiment saved = ExperimentFiles.load(file);
        assertEquals(3, saved.getTraining().getEpochs(), "the file holds the edited value");
        assertEquals(batchBefore, saved.getTraining().getBatchSize());
        // Typing and saving at once (before the field's pause) saves what the field shows.
        epochs.setText("4");
        execute("org.eclipse.ui.file.save");
        assertEquals(4, ExperimentFiles.load(file).getTraining().getEpochs(), "Ctrl+S right after typing");
        pump(FIELD_COMMIT_MS);
        assertFalse(editor.isDirty(), "and nothing is left to save afterwards");
        epochs.setText("6");
        execute("org.eclipse.ui.edit.undo");
        assertEquals(4, editor.experiment().getTraining().getEpochs(), "Ctrl+Z right after typing undoes the typing");
        pump(FIELD_COMMIT_MS);
        assertEquals("4", epochs.getText());
        assertEquals(4, editor.experiment().getTraining().getEpochs());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.filter(p -> p.getFileName().toString().contains("editor-test")).toList(),
                    "an atomic save leaves no temporary file");
        }

        for (String pageId : List.of(ExperimentEditor.MODEL_PAGE, ExperimentEditor.ADVERSARY_PAGE,
                ExperimentEditor.ANALYSIS_PAGE, ExperimentEditor.TREE_PAGE)) {
            editor.showPage(pageId);
            Screenshots.capture(display(), "editor-" + pageId.substring(pageId.lastIndexOf('.') + 1) + "-page");
        }
        page().closeEditor(editor, false);
    }

    private static final String DEMONS_ERROR = "the ensemble needs 1 to 16 demons (has 0)";
    private static final String DECAY_ERROR = "the learning rate decay starts at a share of the run from 0 to 1 (is 1.5)";

    @Test
    void aPartitionWithoutDimensionsIsReportedOnItsTableUntilFixed() throws Exception {
        Path file = Files.createDirectories(Workbench.workspace().resolve("editor-test"))
                .resolve("partitions.maxwell");
        Experiment experiment = maxwell.model.templates.ExperimentTemplates.syntheticMapTiles();
        experiment.setName("partitions");
        experiment.getModel().getPartitions().get(1).setDimension(0);
        ExperimentFiles.save(experiment, file);

        ExperimentEditor editor = (ExperimentEditor) page().openEditor(
                new maxwell.ui.editor.ExperimentFileInput(file), ExperimentEditor.ID);
        IFormPage model = editor.showPage(ExperimentEditor.MODEL_PAGE);
        pump(200);
        String error = "partition 'style' has dimension 0";
        assertTrue(editor.problems().stream().anyMatch(p -> p.message().contains(error)), messages(editor).toString());
        assertTrue(headerMessages(model).contains(error), headerMessages(model));
        org.eclipse.swt.widgets.Table partitions = (org.eclipse.swt.widgets.Table) Workbench
                .field(model.getManagedForm().getForm().getBody(), "ModelSpec.partitions");
        assertNotNull(partitions.getItem(1).getImage(), "the style partition's row is marked");
        assertEquals(null, partitions.getItem(0).getImage(), "the content partition's row is not");
        Screenshots.capture(display(), "editor-partition-error");

        editor.document().commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.document().domain(),
                editor.experiment().getModel().getPartitions().get(1),
                maxwell.model.ModelPackage.Literals.PARTITION__DIMENSION, 8));
        assertFalse(editor.problems().stream().anyMatch(p -> p.message().contains(error)), messages(editor).toString());
        assertFalse(headerMessages(model).contains(error), headerMessages(model));
        assertEquals(null, partitions.getItem(1).getImage(), "fixed: the mark is gone");

        // Add a partition: the table grows and the demon can watch it; undo takes it away again.
        pressButton(model.getManagedForm().getForm().getBody(), "Add");
        assertEquals(3, editor.experiment().getModel().getPartitions().size());
        assertEquals(3, partitions.getItemCount());
        IFormPage adversary = editor.showPage(ExperimentEditor.ADVERSARY_PAGE);
        org.eclipse.swt.widgets.Combo watches = (org.eclipse.swt.widgets.Combo) Workbench
                .field(adversary.getManagedForm().getForm().getBody(), "AdversarySpec.watches");
        assertEquals(3, watches.getItemCount(), "the new partition is a choice for the demon");
        execute("org.eclipse.ui.edit.undo");
        assertEquals(2, editor.experiment().getModel().getPartitions().size());
        pump(100);
        assertEquals(2, watches.getItemCount());
        assertEquals(2, partitions.getItemCount());

        // An ensemble of demons is a number on the same page, checked like any other.
        Text demons = (Text) Workbench.field(adversary.getManagedForm().getForm().getBody(), "AdversarySpec.demons");
        assertEquals("1", demons.getText(), "one demon unless the experiment asks for an ensemble");
        type(demons, "0");
        waitUntil("the model to take 0 demons", 3000, () -> editor.experiment().getAdversary().getDemons() == 0);
        assertTrue(headerMessages(adversary).contains(DEMONS_ERROR), headerMessages(adversary));
        type(demons, "5");
        waitUntil("the model to take 5 demons", 3000, () -> editor.experiment().getAdversary().getDemons() == 5);
        assertFalse(headerMessages(adversary).contains(DEMONS_ERROR), headerMessages(adversary));
        Screenshots.capture(display(), "editor-adversary-ensemble");

        // The learning rate's decay sits with the learning rate; a start past the run's end is named.
        IFormPage training = editor.showPage(ExperimentEditor.TRAINING_PAGE);
        Text decayStart = (Text) Workbench.field(training.getManagedForm().getForm().getBody(),
                "TrainingSpec.learningRateDecayStart");
        assertEquals("0.5", decayStart.getText(), "the template decays over the second half of the run");
        type(decayStart, "1.5");
        waitUntil("the model to take a decay from 1.5", 3000,
                () -> editor.experiment().getTraining().getLearningRateDecayStart() == 1.5);
        assertTrue(headerMessages(training).contains(DECAY_ERROR), headerMessages(training));
        type(decayStart, "0.6");
        waitUntil("the model to take a decay from 0.6", 3000,
                () -> editor.experiment().getTraining().getLearningRateDecayStart() == 0.6);
        assertFalse(headerMessages(training).contains(DECAY_ERROR), headerMessages(training));
        Screenshots.capture(display(), "editor-training-decay");
        page().closeEditor(editor, false);
    }

    @Test
    void ownTileSourcesNeedTwoSourcesAndBecomeTheDomains() throws Exception {
        Path sources = Files.createDirectories(Workbench.workspace().resolve("tile-sources-test"));
        Path aerial = Files.createDirectories(sources.resolve("aerial"));
        Path topo = Files.createDirectories(sources.resolve("topo"));
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(window().getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choose(ExperimentTemplate.TILE_SOURCES, "own tiles");
        dialog.updateButtons();
        assertFalse(wizard.canFinish(), "no sources yet");
        pressButton(dialog.getShell(), "Next >");
        wizard.addSource(aerial);
        assertFalse(wizard.canFinish(), "one source is not enough");
        wizard.addSource(topo);
        Screenshots.capture(display(), "wizard-tile-sources");
        pressButton(dialog.getShell(), "Finish");
        waitUntil("the wizard to close", 5000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());

        Experiment created = ExperimentFiles.load(wizard.created());
        assertEquals(maxwell.model.DatasetKind.TILE_SOURCES, created.getData().getKind());
        assertEquals(List.of("aerial", "topo"), created.getData().getDomains().stream().map(d -> d.getName()).toList());
        assertEquals(aerial.toString(), created.getData().getDomains().get(0).getLocation());
        page().closeAllEditors(false);
    }

    @Test
    void anEditorWithoutEditsReadsTheFileAgainWhenAnotherProgramChangesIt() throws Exception {
        Path file = Files.createDirectories(Workbench.workspace().resolve("editor-test")).resolve("external.maxwell");
        Experiment experiment = maxwell.model.templates.ExperimentTemplates.syntheticMapTiles();
        experiment.setName("external");
        ExperimentFiles.save(experiment, file);
        ExperimentEditor editor = (ExperimentEditor) page().openEditor(
                new maxwell.ui.editor.ExperimentFileInput(file), ExperimentEditor.ID);
        editor.showPage(ExperimentEditor.TRAINING_PAGE);

        experiment.getTraining().setEpochs(77);
        ExperimentFiles.save(experiment, file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
        page().activate(page().findView(MaxwellPerspective.EXPERIMENTS_VIEW));
        page().activate(editor);

        waitUntil("the editor to show the file's new content", 5000, () -> page().getActiveEditor() instanceof ExperimentEditor now
                && now.file().equals(file) && now.experiment().getTraining().getEpochs() == 77);
        ExperimentEditor reread = (ExperimentEditor) page().getActiveEditor();
        assertEquals(ExperimentEditor.TRAINING_PAGE, reread.getActivePageInstance().getId(), "on the page the user was on");
        assertFalse(reread.isDirty());
        Screenshots.capture(display(), "editor-reread-after-another-program-wrote");
        page().closeEditor(reread, false);
    }

    private static final long FIELD_COMMIT_MS = Workbench.FIELD_COMMIT_MS;

    private static org.eclipse.ui.IWorkbenchWindow window() {
        return Workbench.window();
    }

    private static void type(Text field, String text) {
        Workbench.type(field, text);
    }

    private static List<String> messages(ExperimentEditor editor) {
        return editor.problems().stream().map(FieldProblem::message).toList();
    }

    private static IManagedForm form(IFormPage page) {
        return page.getManagedForm();
    }

    /** Every message in the page header (one, or the summary's children). */
    private static String headerMessages(IFormPage page) {
        org.eclipse.ui.forms.widgets.Form form = page.getManagedForm().getForm().getForm();
        StringBuilder text = new StringBuilder(String.valueOf(form.getMessage()));
        org.eclipse.ui.forms.IMessage[] children = form.getChildrenMessages();
        if (children != null) {
            Arrays.stream(children).forEach(message -> text.append(" | ").append(message.getMessage()));
        }
        return text.toString();
    }

    private static List<String> keys(IBindingService bindings, String command) {
        return Arrays.stream(bindings.getActiveBindingsFor(command)).map(org.eclipse.jface.bindings.TriggerSequence::format).toList();
    }

    static void pressButton(Composite root, String label) {
        Button button = findButton(root, label);
        assertNotNull(button, "no button " + label);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Button findButton(Composite root, String label) {
        for (Control child : root.getChildren()) {
            if (child instanceof Button button && button.getText().replace("&", "").equals(label)) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = findButton(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
