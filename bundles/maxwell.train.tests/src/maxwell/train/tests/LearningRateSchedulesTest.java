package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import maxwell.train.schedule.LearningRateSchedules;

class LearningRateSchedulesTest {

    @Test
    void constantUntilTheDecayStartsThenHalfACosineToTheFinalFactor() {
        // 1,000 steps, decay from step 500 to 0.05: f = 0.05 + 0.95 · ½(1 + cos(π u)), u the share of the decay done
        assertEquals(1.0, LearningRateSchedules.factorAt(0.5, 0.05, 0, 1000));
        assertEquals(1.0, LearningRateSchedules.factorAt(0.5, 0.05, 500, 1000));
        assertEquals(0.05 + 0.95 * 0.5 * (1 + Math.cos(Math.PI * 0.25)), LearningRateSchedules.factorAt(0.5, 0.05, 625, 1000), 1e-12);
        assertEquals(0.525, LearningRateSchedules.factorAt(0.5, 0.05, 750, 1000), 1e-12);
        assertEquals(0.05, LearningRateSchedules.factorAt(0.5, 0.05, 1000, 1000), 1e-12);
    }

    @Test
    void aDecayFromTheFirstStepAndNoDecayAtAll() {
        assertEquals(0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * 0.1)), LearningRateSchedules.factorAt(0, 0.1, 10, 100), 1e-12);
        for (long step = 0; step <= 100; step += 25) {
            assertEquals(1.0, LearningRateSchedules.factorAt(1, 0.05, step, 100), "start 1 keeps the rate at step " + step);
        }
    }

    @Test
    void fallsMonotonicallyAndNeverBelowTheFinalFactor() {
        double previous = 1.0;
        for (long step = 0; step <= 2500; step++) {
            double factor = LearningRateSchedules.factorAt(0.5, 0.05, step, 2500);
            assertEquals(true, factor <= previous && factor >= 0.05 - 1e-15, "step " + step + ": " + factor);
            previous = factor;
        }
    }

    @Test
    void rejectsSharesOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.factorAt(-0.1, 0.05, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.factorAt(1.1, 0.05, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.factorAt(0.5, 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.factorAt(0.5, Double.NaN, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedules.factorAt(0.5, 0.05, 0, 0));
    }
}
