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
        fields = new FieldBinder(toolkit, editor.bindings(), editor.document(), managed.getMessageManager(),
                editor.fields(), getId(), editor::unreadableField, editor::followTyping);
        fill(body, editor.document().experiment());
        showProblems(editor.modelProblems());
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
