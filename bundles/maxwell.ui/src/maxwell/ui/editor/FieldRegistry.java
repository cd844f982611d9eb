package maxwell.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Which control edits which feature of which object, and on which page: validation decorates
 * that control and a problem in the list takes the user to it.
 */
final class FieldRegistry {

    record Field(String pageId, Control control) {
    }

    private final Map<EObject, Map<EStructuralFeature, Field>> fields = new IdentityHashMap<>();
    private final List<Viewer> viewers = new ArrayList<>();

    void register(EObject owner, EStructuralFeature feature, String pageId, Control control) {
        fields.computeIfAbsent(owner, key -> new IdentityHashMap<>()).put(feature, new Field(pageId, control));
    }

    /** Viewers whose rows show model values: refreshed after every command. */
    void registerViewer(Viewer viewer) {
        viewers.add(viewer);
    }

    /**
     * The control for a feature; for an object shown as a row of a table (no field of its own),
     * the table that lists it.
     */
    Field find(EObject owner, EStructuralFeature feature) {
        for (EObject object = owner; object != null; object = object.eContainer()) {
            Map<EStructuralFeature, Field> byFeature = fields.get(object);
            EStructuralFeature wanted = object == owner ? feature : null;
            if (byFeature != null && wanted != null && byFeature.get(wanted) != null
                    && !byFeature.get(wanted).control().isDisposed()) {
                return byFeature.get(wanted);
            }
            if (object.eContainer() != null) {
                Map<EStructuralFeature, Field> parent = fields.get(object.eContainer());
                Field list = parent == null ? null : parent.get(object.eContainingFeature());
                if (list != null && !list.control().isDisposed()) {
                    return list;
                }
            }
        }
        return null;
    }

    void refreshViewers() {
        viewers.removeIf(viewer -> viewer.getControl() == null || viewer.getControl().isDisposed());
        viewers.forEach(Viewer::refresh);
    }
}
