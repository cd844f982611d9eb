package maxwell.ui.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The settings in which experiments differ: each experiment flattened to "path = value" rows by
 * reflection over the EMF model (so new features show without code here), then only the rows
 * whose values are not all the same.
 */
public final class SettingsDiff {

    /** A setting and its value in each experiment ("" where an experiment lacks it). */
    public record Row(String setting, List<String> values) {
    }

    private SettingsDiff() {
    }

    public static List<Row> differing(List<? extends EObject> experiments) {
        List<Map<String, String>> flat = experiments.stream().map(SettingsDiff::flatten).toList();
        Set<String> settings = new LinkedHashSet<>();
        flat.forEach(map -> settings.addAll(map.keySet()));
        List<Row> rows = new ArrayList<>();
        for (String setting : settings) {
            List<String> values = flat.stream().map(map -> map.getOrDefault(setting, "")).toList();
            if (values.stream().distinct().count() > 1) {
                rows.add(new Row(setting, values));
            }
        }
        return rows;
    }

    /** Every setting of an object and what it contains, in model order: "training.epochs" → "3". */
    public static Map<String, String> flatten(EObject object) {
        Map<String, String> settings = new LinkedHashMap<>();
        flatten(object, "", settings);
        return settings;
    }

    private static void flatten(EObject object, String prefix, Map<String, String> settings) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            String path = prefix + feature.getName();
            Object value = object.eGet(feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (reference.isMany()) {
                    List<?> children = (List<?>) value;
                    for (int i = 0; i < children.size(); i++) {
                        flatten((EObject) children.get(i), path + "[" + nameOrIndex((EObject) children.get(i), i) + "].", settings);
                    }
                    settings.put(path + ".count", String.valueOf(children.size()));
                } else if (value != null) {
                    flatten((EObject) value, path + ".", settings);
                }
            } else {
                settings.put(path, text(value));
            }
        }
    }

    /** List elements are named where they have a name ("domains[satellite]"): rows then line up by meaning, not position. */
    private static String nameOrIndex(EObject object, int index) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value == null || value.toString().isBlank() ? String.valueOf(index) : value.toString();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof EObject referenced) {
            EStructuralFeature name = referenced.eClass().getEStructuralFeature("name");
            return name == null ? referenced.eClass().getName() : Objects.toString(referenced.eGet(name), "");
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(SettingsDiff::text).toList());
        }
        return value.toString();
    }
}
