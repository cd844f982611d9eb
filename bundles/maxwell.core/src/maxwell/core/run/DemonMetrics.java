package maxwell.core.run;

import java.util.OptionalInt;

/**
 * Names of the demon's measurements on the probe set. With an ensemble the run records the
 * ensemble's accuracy (the class of the demons' mean probabilities, the one the gradient works
 * against) and each demon's own, numbered from 1 in ensemble order.
 */
public final class DemonMetrics {

    public static final String PROBE_ACCURACY = "probe_adversary_accuracy";
    private static final String EACH_DEMON = "probe_demon_accuracy_";

    private DemonMetrics() {
    }

    /** The metric of demon {@code index} (0-based) of an ensemble. */
    public static String probeAccuracyOf(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a demon's index is at least 0, got " + index);
        }
        return EACH_DEMON + (index + 1);
    }

    /** The 0-based index of the demon a metric belongs to, if it is one demon's accuracy. */
    public static OptionalInt demonOf(String metric) {
        if (!metric.startsWith(EACH_DEMON)) {
            return OptionalInt.empty();
        }
        try {
            int number = Integer.parseInt(metric.substring(EACH_DEMON.length()));
            return number >= 1 ? OptionalInt.of(number - 1) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
