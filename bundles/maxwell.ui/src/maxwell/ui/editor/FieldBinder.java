package maxwell.ui.editor;


import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Makes the labelled fields of a form page and binds each to one feature of the model through
 * the command stack. A value that cannot be read (letters in a number field) is shown on the
 * field and never reaches the model; what the model's rules say is shown by the editor's
 * validation on the same fields.
 */
final class FieldBinder {

    /** Typing commits after this pause (or on leaving the field): one undo step per edit, not per key. */
    static final int COMMIT_DELAY_MS = 400;

    private final FormToolkit toolkit;
    private final DataBindingContext context;
    private final ExperimentDocument document;
    private final IMessageManager messages;
    private final FieldRegistry registry;
    private final String pageId;
    private final UnreadableFields unreadable;
    private final java.util.function.Consumer<TypedField> typing;

    /** A text field that commits after a pause in typing, and the binding that commits it. */
    record TypedField(IObservableValue<?> text, Binding binding) {

        /** Typed but not yet handed to the model. */
        boolean isWaiting() {
            return !text.isDisposed() && text.isStale();
        }
    }

    /**
     * @param typing told of each field that commits after a pause: while it waits, the editor has
     *            edits the model has not seen yet (it is dirty, Save is enabled)
     */
    FieldBinder(FormToolkit toolkit, DataBindingContext context, ExperimentDocument document, IMessageManager messages,
            FieldRegistry registry, String pageId, UnreadableFields unreadable,
            java.util.function.Consumer<TypedField> typing) {
        this.unreadable = unreadable;
        this.typing = typing;
        this.toolkit = toolkit;
        this.context = context;
        this.document = document;
        this.messages = messages;
        this.registry = registry;
        this.pageId = pageId;
    }

    Text text(Composite parent, EObject owner, EStructuralFeature feature, String label) {
        return text(parent, owner, feature, label, false);
    }

    Text text(Composite parent, EObject owner, EStructuralFeature feature, String label, boolean multiLine) {
        label(parent, label, feature, multiLine);
        Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 160; // the column, not the value, decides the width: fields line up
        if (multiLine) {
            layout.heightHint = 48;
        }
        text.setLayoutData(layout);
        text.setToolTipText(documentation(feature));
        text.setData(FieldNames.KEY, FieldNames.of(owner, feature));

        TextFormats format = TextFormats.of(feature);
        IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS, text);
        IObservableValue<Object> model = new CommandValueProperty(document.domain(), feature).observe(owner);
        UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
                .setAfterGetValidator(value -> {
                    String problem = format.problemWith(value);
                    return problem == null ? ValidationStatus.ok() : ValidationStatus.error(problem);
                })
                .setConverter(IConverter.create(String.class, Object.class, value -> format.parse((String) value)));
        UpdateValueStrategy<Object, String> toText = UpdateValueStrategy
                .create(IConverter.create(Object.class, String.class, format::format));
        Binding binding = context.bindValue(target, model, toModel, toText);
        typing.accept(new TypedField(target, binding));
        showConversionProblems(binding, text, owner, feature);
        registry.register(owner, feature, pageId, text);
        return text;
    }

    ComboViewer choice(Composite parent, EObject owner, EAttribute feature, String label) {
        label(parent, label, feature, false);
        ComboViewer viewer = combo(parent, owner, feature);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(LabelProvider.createTextProvider(value -> TextFormats.words(((Enumerator) value).getName())));
        EEnum type = (EEnum) feature.getEAttributeType();
        viewer.setInput(type.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
        bindSelection(viewer, owner, feature);
        return viewer;
    }

    /** A choice among objects of the model, e.g. the partition the demon watches. */
    <T extends EObject> ComboViewer reference(Composite parent, EObject owner, EStructuralFeature feature, String label,
            IObservableList<T> choices, java.util.function.Function<T, String> names) {
        label(parent, label, feature, false);
        ComboViewer viewer = combo(parent, owner, feature);
        viewer.setContentProvider(new ObservableListContentProvider<T>());
        viewer.setLabelProvider(LabelProvider.createTextProvider(value -> {
            @SuppressWarnings("unchecked")
            T choice = (T) value;
            return names.apply(choice);
        }));
        viewer.setInput(choices);
        bindSelection(viewer, owner, feature);
        registry.registerViewer(viewer);
        return viewer;
    }

    private ComboViewer combo(Composite parent, EObject owner, EStructuralFeature feature) {
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(viewer.getCombo(), true, false);
        viewer.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer.getCombo().setToolTipText(documentation(feature));
        viewer.getCombo().setData(FieldNames.KEY, FieldNames.of(owner, feature));
        registry.register(owner, feature, pageId, viewer.getCombo());
        return viewer;
    }

    private void bindSelection(ComboViewer viewer, EObject owner, EStructuralFeature feature) {
        IObservableValue<Object> selection = ViewerProperties.singleSelection().observe(viewer);
        IObservableValue<Object> model = new CommandValueProperty(document.domain(), feature).observe(owner);
        context.bindValue(selection, model);
    }

    private void showConversionProblems(Binding binding, Control control, EObject owner, EStructuralFeature feature) {
        binding.getValidationStatus().addValueChangeListener(event -> {
            IStatus status = event.diff.getNewValue();
            if (control.isDisposed()) {
                return;
            }
            if (status.isOK()) {
                messages.removeMessage(binding, control);
            } else {
                messages.addMessage(binding, status.getMessage(), null, IMessageProvider.ERROR, control);
            }
            unreadable.changed(owner, feature, status.isOK() ? null : status.getMessage());
        });
    }

    /** Told when a field holds text that cannot be read (or no longer does): it is a problem too. */
    @FunctionalInterface
    interface UnreadableFields {
        void changed(EObject owner, EStructuralFeature feature, String problemOrNull);
    }

    private Label label(Composite parent, String text, EStructuralFeature feature, boolean multiLine) {
        Label label = toolkit.createLabel(parent, text + ":");
        label.setToolTipText(documentation(feature));
        label.setLayoutData(new GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false, false));
        return label;
    }

    static String documentation(EStructuralFeature feature) {
        String documentation = EcoreUtil.getDocumentation(feature);
        return documentation == null ? null : documentation.strip();
    }

}
