package maxwell.ui.editor;

import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A feature of an EMF object as a data-binding property whose writes go through the editing
 * domain's command stack, so every edit in a form can be undone. (EMF's own command-based
 * properties live in emf.databinding.edit, which Maven Central only has in a 2015 version.)
 */
final class CommandValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EditingDomain domain;
    private final EStructuralFeature feature;

    CommandValueProperty(EditingDomain domain, EStructuralFeature feature) {
        this.domain = domain;
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature;
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eGet(feature);
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        Object current = source.eGet(feature);
        if (current == null ? value == null : current.equals(value)) {
            return; // no command for a value that did not change: it would only clutter the undo history
        }
        Command set = SetCommand.create(domain, source, feature, value);
        if (set.canExecute()) {
            domain.getCommandStack().execute(new CommandWrapper(labelOf(feature), null, set));
        }
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(
            ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
        return new NativePropertyListener<EObject, ValueDiff<? extends Object>>(this, listener) {
            private final Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    if (notification.getFeature() == feature && !notification.isTouch()) {
                        // null diff: the observable re-reads the value (lists change element by element)
                        fireChange((EObject) notification.getNotifier(), null);
                    }
                }
            };

            @Override
            protected void doAddTo(EObject source) {
                source.eAdapters().add(adapter);
            }

            @Override
            protected void doRemoveFrom(EObject source) {
                source.eAdapters().remove(adapter);
            }
        };
    }

    /** "Change batch size": what Edit > Undo names. */
    static String labelOf(EStructuralFeature feature) {
        return "Change " + feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "command value property " + feature.getName();
    }
}
