package maxwell.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import maxwell.model.Experiment;

/**
 * A page of the experiment editor showing one part of the experiment as sections of fields.
 * Validation problems of its part appear on its fields and in its header.
 */
abstract class SpecFormPage extends FormPage {

    private final ExperimentEditor editor;
    private final List<Shown> shown = new ArrayList<>();
    private FieldBinder fields;
    private FormToolkit toolkit;

    private record Shown(Object key, Control control) {
    }

    SpecFormPage(ExperimentEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    /** Adds the page's sections to {@code body}, a grid of {@link #columns()} columns. */
    protected abstract void fill(Composite body, Experiment experiment);

    protected int columns() {
        return 2;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        toolkit = managed.getToolkit();
        form.setText(getTitle().replace("&", "&&")); // the heading, like the tab, reads "&" as a mnemonic marker
        toolkit.decorateFormHeading(form.getForm());
        form.getToolBarManager().add(editor.runAction());
        form.updateToolBar();
        Composite body = form.getBody();
        GridLayout layout = new GridLayout(columns(), true);
        layout.horizontalSpacing = 16;
        body.setLayout(layout);
        // Side by side only where both columns keep readable fields; a narrow editor stacks the sections.
        form.addListener(SWT.Resize, event -> fitColumns(form, layout));
        fields = new FieldBinder(toolkit, editor.bindings(), editor.document(), managed.getMessageManager(),
                editor.fields(), getId(), editor::unreadableField, editor::followTyping);
        fill(body, editor.document().experiment());
        showProblems(editor.modelProblems());
    }

    /** Below this width two columns of sections squeeze their fields until values are cut ("synth", "epo"). */
    static final int TWO_COLUMNS_MIN_WIDTH = 660;
    /** The form's own margins around the body, and room for a vertical scroll bar. */
    private static final int FORM_PADDING = 24;

    /**
     * Lays the sections out in as many columns as keep their fields readable, each column as wide as the
     * form allows. The width is given to every section as its width hint: left to their preferred widths,
     * sections with long descriptions would ask for more than half the form and push the second column out
     * of sight instead of wrapping.
     */
    private void fitColumns(ScrolledForm form, GridLayout layout) {
        int width = form.getClientArea().width;
        if (width <= 0) {
            return;
        }
        int wanted = width < TWO_COLUMNS_MIN_WIDTH ? 1 : columns();
        int column = Math.max(120, (width - FORM_PADDING - 2 * layout.marginWidth - layout.marginLeft - layout.marginRight
                - layout.horizontalSpacing * (wanted - 1)) / wanted);
        boolean changed = layout.numColumns != wanted;
        layout.numColumns = wanted;
        for (Control child : form.getBody().getChildren()) {
            if (child.getLayoutData() instanceof GridData data && data.widthHint != column) {
                data.widthHint = column;
                changed = true;
            }
        }
        if (changed) {
            form.getBody().layout(true, true); // sizes cached for the old widths (wrapped descriptions) are wrong now
            form.reflow(true);
        }
    }

    protected FieldBinder fields() {
        return fields;
    }

    protected FormToolkit toolkit() {
        return toolkit;
    }

    protected ExperimentEditor experimentEditor() {
        return editor;
    }

    /** A titled section whose client is a two-column grid of labels and fields. */
    protected Composite section(Composite body, String title, String description) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Composite client = toolkit.createComposite(section);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 10;
        client.setLayout(layout);
        section.setClient(client);
        toolkit.paintBordersFor(client); // form texts have no native border: without this they look like labels
        return client;
    }

    /** Replaces the validation messages of this page by those of {@code problems} that belong to it. */
    void showProblems(List<FieldProblem> problems) {
        IManagedForm managed = getManagedForm();
        if (managed == null || managed.getForm().isDisposed()) {
            return; // not created yet: shown when it is
        }
        IMessageManager messages = managed.getMessageManager();
        messages.setAutoUpdate(false);
        for (Shown old : shown) {
            if (old.control() == null) {
                messages.removeMessage(old.key());
            } else if (!old.control().isDisposed()) {
                messages.removeMessage(old.key(), old.control());
            }
        }
        shown.clear();
        for (FieldProblem problem : problems) {
            if (!getId().equals(ExperimentEditor.pageIdFor(problem.target()))) {
                continue;
            }
            FieldRegistry.Field field = problem.target() == null ? null
                    : editor.fields().find(problem.target(), problem.feature());
            Control control = field != null && field.pageId().equals(getId()) ? field.control() : null;
            Object key = new Object();
            if (control == null) {
                messages.addMessage(key, problem.message(), problem, problem.messageType());
            } else {
                messages.addMessage(key, problem.message(), problem, problem.messageType(), control);
            }
            shown.add(new Shown(key, control));
        }
        messages.setAutoUpdate(true);
    }
}
