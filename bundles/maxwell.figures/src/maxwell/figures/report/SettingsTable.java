package maxwell.figures.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An experiment's settings as {@code path = value} lines (e.g. {@code adversary.lambda = 10.0}),
 * read reflectively from the EMF model so new settings appear without changes here.
 */
public final class SettingsTable {

    private SettingsTable() {
    }

    public static Map<String, String> of(EObject root) {
        Map<String, String> rows = new LinkedHashMap<>();
        walk(root, "", rows);
        return rows;
    }

    private static void walk(EObject object, String prefix, Map<String, String> rows) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            String path = prefix + feature.getName();
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                if (feature.isMany()) {
                    rows.put(path, ((List<?>) value).toString());
                } else if (value != null) {
                    rows.put(path, String.valueOf(value));
                }
            } else if (feature instanceof EReference reference) {
                if (reference.isContainment()) {
                    if (reference.isMany()) {
                        List<?> children = (List<?>) value;
                        for (int i = 0; i < children.size(); i++) {
                            walk((EObject) children.get(i), path + "[" + label((EObject) children.get(i), i) + "].", rows);
                        }
                    } else if (value != null) {
                        walk((EObject) value, path + ".", rows);
                    }
                } else if (!reference.isMany() && value instanceof EObject target) {
                    rows.put(path, label(target, -1));
                }
            }
        }
    }

    /** A child by its name where it has one, else by position. */
    private static String label(EObject object, int index) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value != null ? value.toString() : Integer.toString(index);
    }
}
