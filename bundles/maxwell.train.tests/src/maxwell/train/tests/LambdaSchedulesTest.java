package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import maxwell.model.LambdaSchedule;
import maxwell.train.schedule.LambdaSchedules;

class LambdaSchedulesTest {

    @Test
    void constantIgnoresProgress() {
        assertEquals(10.0, LambdaSchedules.lambdaAt(LambdaSchedule.CONSTANT, 10.0, 0.0, 0.0));
        assertEquals(10.0, LambdaSchedules.lambdaAt(LambdaSchedule.CONSTANT, 10.0, 0.0, 7.3));
    }

    @Test
    void linearWarmupReachesTheTargetAtTheEndOfTheRamp() {
        assertEquals(0.0, LambdaSchedules.lambdaAt(LambdaSchedule.LINEAR_WARMUP, 10.0, 2.0, 0.0));
        assertEquals(2.5, LambdaSchedules.lambdaAt(LambdaSchedule.LINEAR_WARMUP, 10.0, 2.0, 0.5), 1e-12);
        assertEquals(10.0, LambdaSchedules.lambdaAt(LambdaSchedule.LINEAR_WARMUP, 10.0, 2.0, 2.0), 1e-12);
        assertEquals(10.0, LambdaSchedules.lambdaAt(LambdaSchedule.LINEAR_WARMUP, 10.0, 2.0, 9.0), 1e-12);
    }

    @Test
    void sigmoidRampFollowsDann() {
        // Ganin & Lempitsky: λ_p = 2 / (1 + exp(−10 p)) − 1, p the fraction of the ramp done.
        assertEquals(0.0, LambdaSchedules.lambdaAt(LambdaSchedule.SIGMOID_RAMP, 10.0, 4.0, 0.0), 1e-12);
        assertEquals(10.0 * (2 / (1 + Math.exp(-2.5)) - 1), LambdaSchedules.lambdaAt(LambdaSchedule.SIGMOID_RAMP, 10.0, 4.0, 1.0), 1e-12);
        assertEquals(10.0 * Math.tanh(5.0), LambdaSchedules.lambdaAt(LambdaSchedule.SIGMOID_RAMP, 10.0, 4.0, 4.0), 1e-12);
    }

    @Test
    void rejectsNegativeProgressAndAMissingRamp() {
        assertThrows(IllegalArgumentException.class, () -> LambdaSchedules.lambdaAt(LambdaSchedule.CONSTANT, 1, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> LambdaSchedules.lambdaAt(LambdaSchedule.SIGMOID_RAMP, 1, 0, 1));
    }
}
