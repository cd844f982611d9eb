package maxwell.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a model value is written in a text field and read back: whole numbers, decimals (plain,
 * never "1.0E-4"), lists of whole numbers ("256, 128") and text. A value that cannot be read
 * gives a message saying what was expected, and the model keeps its previous value.
 */
enum TextFormats {
    TEXT, WHOLE, LONG, DECIMAL, WHOLE_LIST;

    static TextFormats of(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (feature.isMany()) {
            return WHOLE_LIST;
        }
        if (type == int.class || type == Integer.class) {
            return WHOLE;
        }
        if (type == long.class || type == Long.class) {
            return LONG;
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return DECIMAL;
        }
        return TEXT;
    }

    static boolean supports(EStructuralFeature feature) {
        return feature instanceof EAttribute && (!feature.isMany() || of(feature) == WHOLE_LIST)
                && (feature.getEType().getInstanceClass() == String.class || of(feature) != TEXT);
    }

    String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case DECIMAL -> BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
            case WHOLE_LIST -> String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
            default -> value.toString();
        };
    }

    /** @return the parsed value; {@link IllegalArgumentException} with a user-facing message otherwise */
    Object parse(String text) {
        String trimmed = text.trim();
        try {
            return switch (this) {
                case TEXT -> text.isEmpty() ? null : text; // an emptied field unsets the value, it does not store ""
                case WHOLE -> Integer.parseInt(trimmed);
                case LONG -> Long.parseLong(trimmed);
                case DECIMAL -> Double.parseDouble(trimmed);
                case WHOLE_LIST -> wholeList(trimmed);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expectation(trimmed));
        }
    }

    /** @return null when {@code text} can be read, else what is wrong with it */
    String problemWith(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String expectation(String text) {
        return switch (this) {
            case WHOLE, LONG -> "'" + text + "' is not a whole number";
            case DECIMAL -> "'" + text + "' is not a number (use a dot for decimals, e.g. 0.001)";
            case WHOLE_LIST -> "'" + text + "' is not a list of whole numbers such as 256, 128";
            case TEXT -> "";
        };
    }

    private static List<Integer> wholeList(String text) {
        List<Integer> values = new ArrayList<>();
        if (text.isEmpty()) {
            return values;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                values.add(Integer.parseInt(part));
            }
        }
        return values;
    }

    /** "GRADIENT_REVERSAL" → "gradient reversal": how enum values read in the editor. */
    static String words(String literal) {
        return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
