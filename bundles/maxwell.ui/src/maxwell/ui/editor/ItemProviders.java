package maxwell.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * JFace content and label providers over EMF.Edit item providers: the small part of
 * emf.edit.ui (not on Maven Central) the tree page needs.
 */
final class ItemProviders {

    private ItemProviders() {
    }

    static ITreeContentProvider content(AdapterFactory factory) {
        return new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof Object[] roots ? roots : getChildren(input);
            }

            @Override
            public Object[] getChildren(Object parent) {
                ITreeItemContentProvider provider = treeProvider(factory, parent);
                Collection<?> children = provider == null ? java.util.List.of() : provider.getChildren(parent);
                return children.toArray();
            }

            @Override
            public Object getParent(Object element) {
                ITreeItemContentProvider provider = treeProvider(factory, element);
                return provider == null ? null : provider.getParent(element);
            }

            @Override
            public boolean hasChildren(Object element) {
                ITreeItemContentProvider provider = treeProvider(factory, element);
                return provider != null && provider.hasChildren(element);
            }
        };
    }

    static LabelProvider labels(AdapterFactory factory) {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof EObject object) {
                    return label(object);
                }
                Object provider = factory.adapt(element, IItemLabelProvider.class);
                return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
            }
        };
    }

    /**
     * "Training", "Domain satellite", "Estimator ksg": the reflective provider's labels ("Training
     * Spec 3") name the Java class and whatever attribute comes first.
     */
    static String label(EObject object) {
        String type = object.eClass().getName().replaceAll("Spec$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        for (String naming : new String[] { "name", "kind" }) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(naming);
            Object value = feature == null ? null : object.eGet(feature);
            if (value instanceof Enumerator literal) {
                return type + " " + TextFormats.words(literal.getName());
            }
            if (value != null && !value.toString().isBlank()) {
                return type + " " + value;
            }
        }
        return type;
    }

    private static ITreeItemContentProvider treeProvider(AdapterFactory factory, Object element) {
        Object provider = factory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree : null;
    }
}
