package maxwell.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

import maxwell.model.AdversarySpec;
import maxwell.model.AnalysisSpec;
import maxwell.model.Experiment;
import maxwell.model.ModelSpec;
import maxwell.model.TrainingSpec;
import maxwell.model.io.ExperimentFileException;
import maxwell.ui.runs.RunExperimentAction;
import maxwell.ui.runs.WorkspaceChanges;

/**
 * The editor of a {@code .maxwell} file: one form page per part of the experiment and a tree of
 * everything, all bound to one EMF model. Every edit is a command (undo/redo), validation runs
 * after each one and shows on the fields, in the page headers and in the Experiment Problems view.
 */
public final class ExperimentEditor extends FormEditor {

    public static final String ID = "maxwell.ui.editors.experiment";
    public static final String DATA_PAGE = DataPage.ID;
    public static final String MODEL_PAGE = ModelPage.ID;
    public static final String ADVERSARY_PAGE = AdversaryPage.ID;
    public static final String TRAINING_PAGE = TrainingPage.ID;
    public static final String ANALYSIS_PAGE = AnalysisPage.ID;
    public static final String TREE_PAGE = TreePage.ID;

    private ExperimentDocument document;
    private DataBindingContext bindings;
    private final FieldRegistry fields = new FieldRegistry();
    private UndoRedoActions undoRedo;
    private Action runAction;
    private volatile List<FieldProblem> modelProblems = List.of();
    /** Fields that commit after a pause in typing; one that waits holds an edit the model has not seen. */
    private final List<FieldBinder.TypedField> typedFields = new java.util.ArrayList<>();
    /** Fields holding text that cannot be read ("sixteen" for a batch size): the model never saw it. */
    private final java.util.Map<java.util.List<Object>, FieldProblem> unreadableFields = new java.util.LinkedHashMap<>();
    private final List<Consumer<ExperimentEditor>> problemListeners = new CopyOnWriteArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ExperimentFileInput file)) {
            throw new PartInitException("The experiment editor opens .maxwell files, not " + input.getName());
        }
        try {
            document = ExperimentDocument.load(file.file());
        } catch (ExperimentFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        MissingSections.fill(document.experiment());
        super.init(site, input);
        setPartName(file.getName());
        setTitleToolTip(file.getToolTipText());
        undoRedo = new UndoRedoActions(document.commandStack(), this::commitPendingEdits);
        runAction = new RunExperimentAction(this);
        modelProblems = FieldProblem.of(document.experiment());
        document.commandStack().addCommandStackListener(event -> commandStackChanged());
        site.getPage().addPartListener(activation);
    }

    /** Checked when the user comes back to the editor: the file may have been changed by another program. */
    private final org.eclipse.ui.IPartListener2 activation = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) == ExperimentEditor.this) {
                checkFileOnDisk();
            }
        }
    };

    private boolean checking;

    /**
     * A file changed behind the editor's back is read again if the editor has no edits of its
     * own; with edits, the user decides which version wins.
     */
    void checkFileOnDisk() {
        if (checking || !document.changedOnDisk()) {
            return;
        }
        checking = true;
        try {
            boolean reload = !isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File changed",
                    document.file() + " was changed by another program.\n\nReplace your unsaved edits with the file's content?");
            if (!reload) {
                document.ignoreChangeOnDisk();
                return;
            }
            org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
            ExperimentFileInput input = (ExperimentFileInput) getEditorInput();
            String activePage = getActivePageInstance() == null ? DataPage.ID : getActivePageInstance().getId();
            getSite().getShell().getDisplay().asyncExec(() -> {
                // a fresh editor binds to the fresh model: simpler and safer than rebinding every field
                page.closeEditor(this, false);
                try {
                    ExperimentEditor reopened = (ExperimentEditor) page.openEditor(input, ID);
                    reopened.showPage(activePage);
                } catch (PartInitException e) {
                    MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot read " + input.getName(), e.getMessage());
                }
            });
        } finally {
            checking = false;
        }
    }

    @Override
    protected void addPages() {
        bindings = new DataBindingContext();
        try {
            addPage(new DataPage(this));
            addPage(new ModelPage(this));
            addPage(new AdversaryPage(this));
            addPage(new TrainingPage(this));
            addPage(new AnalysisPage(this));
            addPage(new TreePage(this));
            for (int page = 0; page < getPageCount(); page++) {
                // tab labels take '&' as a mnemonic marker ("Model & partitions" would read "Model _partitions")
                setPageText(page, getPageText(page).replace("&", "&&"));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        undoRedo.update(document.commandStack());
        validate(); // first: refreshed rows show their problems
        fields.refreshViewers();
    }

    private void validate() {
        modelProblems = FieldProblem.of(document.experiment());
        for (Object page : pages) {
            if (page instanceof SpecFormPage form) {
                form.showProblems(modelProblems);
            }
        }
        problemListeners.forEach(listener -> listener.accept(this));
    }

    /** A typed but uncommitted value makes the editor dirty at once, so Ctrl+S is there when the user reaches for it. */
    void followTyping(FieldBinder.TypedField field) {
        typedFields.add(field);
        field.text().addStaleListener(event -> firePropertyChange(PROP_DIRTY));
        field.text().addValueChangeListener(event -> firePropertyChange(PROP_DIRTY));
    }

    /** The field shows its own message; the problems list and the Run action must know of it too. */
    void unreadableField(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, String problem) {
        java.util.List<Object> key = java.util.List.of(owner, feature);
        if (problem == null) {
            unreadableFields.remove(key);
        } else {
            unreadableFields.put(key, new FieldProblem(org.eclipse.emf.common.util.Diagnostic.ERROR,
                    feature.getName() + ": " + problem, owner, feature));
        }
        problemListeners.forEach(listener -> listener.accept(this));
    }

    /**
     * Hands what is typed but not yet committed (fields commit after a short pause) to the model:
     * Ctrl+S or Run right after typing must save or run what the user sees.
     */
    public void commitPendingEdits() {
        // only the waiting fields: the others show the model already, and an untouched field must not become an edit
        typedFields.stream().filter(FieldBinder.TypedField::isWaiting).toList()
                .forEach(field -> field.binding().updateTargetToModel());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        commitPendingEdits();
        try {
            document.save();
            firePropertyChange(PROP_DIRTY);
            WorkspaceChanges.fire();
            undoRedo.update(document.commandStack());
        } catch (ExperimentFileException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + getPartName(), e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: a copy of an experiment is made with the New Experiment wizard.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return document != null && (document.isDirty()
                || typedFields.stream().anyMatch(FieldBinder.TypedField::isWaiting));
    }

    public ExperimentDocument document() {
        return document;
    }

    public Path file() {
        return document.file();
    }

    public Experiment experiment() {
        return document.experiment();
    }

    /** What is wrong now: fields whose text cannot be read, then what validation said after the last edit. */
    public List<FieldProblem> problems() {
        List<FieldProblem> all = new java.util.ArrayList<>(unreadableFields.values());
        all.addAll(modelProblems);
        return all;
    }

    /** Whether validation reports an error about this object (a table marks its row). */
    boolean hasErrorOn(EObject object) {
        return modelProblems.stream().anyMatch(problem -> problem.isError() && problem.target() == object);
    }

    /** What the model's rules say of the experiment as it is (without unreadable field text). */
    List<FieldProblem> modelProblems() {
        return modelProblems;
    }

    public void addProblemListener(Consumer<ExperimentEditor> listener) {
        problemListeners.add(listener);
    }

    public void removeProblemListener(Consumer<ExperimentEditor> listener) {
        problemListeners.remove(listener);
    }

    public Action runAction() {
        return runAction;
    }

    UndoRedoActions undoRedo() {
        return undoRedo;
    }

    DataBindingContext bindings() {
        return bindings;
    }

    FieldRegistry fields() {
        return fields;
    }

    /** Shows the page and the field a problem is about, and puts the cursor there. */
    public void reveal(FieldProblem problem) {
        String pageId = pageIdFor(problem.target());
        setActivePage(pageId);
        FieldRegistry.Field field = problem.target() == null ? null : fields.find(problem.target(), problem.feature());
        if (field == null) {
            return;
        }
        Control control = field.control();
        control.setFocus();
        if (control instanceof Table table && table.getData() != null) {
            for (int row = 0; row < table.getItemCount(); row++) {
                if (table.getItem(row).getData() == problem.target()) {
                    table.setSelection(row);
                }
            }
        }
    }

    /** The page that shows an object: the page of the part of the experiment it belongs to. */
    static String pageIdFor(EObject target) {
        EObject part = target;
        while (part != null && part.eContainer() != null && !(part.eContainer() instanceof Experiment)) {
            part = part.eContainer();
        }
        if (part instanceof ModelSpec) {
            return ModelPage.ID;
        }
        if (part instanceof AdversarySpec) {
            return AdversaryPage.ID;
        }
        if (part instanceof TrainingSpec) {
            return TrainingPage.ID;
        }
        if (part instanceof AnalysisSpec) {
            return AnalysisPage.ID;
        }
        return DataPage.ID;
    }

    /** The page with the given id, created if it was not shown yet. */
    public IFormPage showPage(String pageId) {
        return setActivePage(pageId);
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(activation);
        problemListeners.clear();
        if (bindings != null) {
            bindings.dispose();
        }
        super.dispose();
        if (document != null) {
            document.dispose();
        }
    }
}
