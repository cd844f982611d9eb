package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import maxwell.core.run.DemonMetrics;

class DemonMetricsTest {

    @Test
    void aDemonsMetricNamesItFromOneAndReadsBack() {
        assertEquals("probe_demon_accuracy_1", DemonMetrics.probeAccuracyOf(0));
        for (int demon : new int[] { 0, 1, 9, 10 }) {
            assertEquals(OptionalInt.of(demon), DemonMetrics.demonOf(DemonMetrics.probeAccuracyOf(demon)));
        }
    }

    @Test
    void otherMetricsBelongToNoDemon() {
        for (String name : new String[] { DemonMetrics.PROBE_ACCURACY, "adversary_accuracy", "probe_demon_accuracy_",
                "probe_demon_accuracy_0", "probe_demon_accuracy_x", "probe_demon_accuracy_-2" }) {
            assertEquals(OptionalInt.empty(), DemonMetrics.demonOf(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> DemonMetrics.probeAccuracyOf(-1));
    }
}
