package maxwell.ui.problems;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.FieldProblem;

/**
 * The validation problems of the experiment in the active editor, updated after every edit.
 * Double-clicking a problem shows the field it is about.
 */
public final class ExperimentProblemsView extends ViewPart {

    public static final String ID = "maxwell.ui.views.problems";

    private TableViewer viewer;
    private ExperimentEditor editor;
    private final Consumer<ExperimentEditor> problemsChanged = changed -> show(changed);
    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof ExperimentEditor activated) {
                follow(activated);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Problem", 520, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((FieldProblem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(((FieldProblem) element).isError()
                        ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column("Where", 220, ColumnLabelProvider.createTextProvider(element -> where((FieldProblem) element)));
        viewer.addDoubleClickListener(event -> {
            Object problem = viewer.getStructuredSelection().getFirstElement();
            if (editor != null && problem instanceof FieldProblem field) {
                getSite().getPage().activate(editor);
                editor.reveal(field);
            }
        });
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editors);
        IEditorPart active = getSite().getPage().getActiveEditor();
        follow(active instanceof ExperimentEditor experiment ? experiment : null);
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private void follow(ExperimentEditor next) {
        if (editor == next) {
            return;
        }
        if (editor != null) {
            editor.removeProblemListener(problemsChanged);
        }
        editor = next;
        if (editor != null) {
            editor.addProblemListener(problemsChanged);
        }
        show(editor);
    }

    private void show(ExperimentEditor source) {
        if (viewer.getControl().isDisposed() || source != editor) {
            return;
        }
        List<FieldProblem> problems = source == null ? List.of() : source.problems();
        viewer.setInput(problems);
        long errors = problems.stream().filter(FieldProblem::isError).count();
        setContentDescription(source == null ? "Open an experiment to see what validation says of it."
                : source.getPartName() + ": " + (problems.isEmpty() ? "no problems"
                        : errors + (errors == 1 ? " error, " : " errors, ") + (problems.size() - errors)
                                + (problems.size() - errors == 1 ? " warning" : " warnings")));
    }

    public org.eclipse.swt.widgets.Control viewerControl() {
        return viewer.getControl();
    }

    /** The problems shown now (tests read them). */
    public List<FieldProblem> problems() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(FieldProblem.class::cast).toList() : List.of();
    }

    static String where(FieldProblem problem) {
        EObject target = problem.target();
        if (target == null) {
            return "";
        }
        EStructuralFeature feature = problem.feature();
        String owner = target.eClass().getName().replace("Spec", "").toLowerCase(java.util.Locale.ROOT);
        return feature == null ? owner : owner + " › " + feature.getName();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        if (editor != null) {
            editor.removeProblemListener(problemsChanged);
        }
        super.dispose();
    }
}
