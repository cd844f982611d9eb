package maxwell.ui.properties;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** How the Properties view names model fields and prints their values. */
final class Labels {

    private Labels() {
    }

    /** {@code datasetFingerprint} → {@code dataset fingerprint}. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return new SimpleDateFormat("yyyy-MM-dd HH:mm:ss z", Locale.ROOT).format(date);
        }
        if (value instanceof Enumerator literal) {
            return literal.getName().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(value);
    }
}
