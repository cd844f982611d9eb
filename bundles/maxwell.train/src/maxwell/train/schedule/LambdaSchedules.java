package maxwell.train.schedule;

import maxwell.model.LambdaSchedule;

/**
 * The adversary weight λ over training. Progress is measured in epochs (fractional within an
 * epoch), so a schedule means the same thing at any batch size.
 */
public final class LambdaSchedules {

    /** DANN's γ: the ramp 2/(1+e^(−γp)) − 1 reaches 0.9999 of its target at p = 1. */
    static final double DANN_GAMMA = 10.0;

    private LambdaSchedules() {
    }

    /**
     * @param target λ once the schedule has ramped up
     * @param rampEpochs how many epochs the ramp takes (ignored by CONSTANT)
     * @param epochs progress so far in epochs, ≥ 0
     */
    public static double lambdaAt(LambdaSchedule schedule, double target, double rampEpochs, double epochs) {
        if (epochs < 0 || Double.isNaN(epochs)) {
            throw new IllegalArgumentException("training progress must be 0 or more epochs, got " + epochs);
        }
        if (schedule == LambdaSchedule.CONSTANT) {
            return target;
        }
        if (!(rampEpochs > 0)) {
            throw new IllegalArgumentException("a " + schedule + " schedule needs a positive ramp, got " + rampEpochs);
        }
        double progress = Math.min(1.0, epochs / rampEpochs);
        return switch (schedule) {
            case LINEAR_WARMUP -> target * progress;
            case SIGMOID_RAMP -> target * (2.0 / (1.0 + Math.exp(-DANN_GAMMA * progress)) - 1.0);
            default -> throw new IllegalArgumentException("unknown λ schedule " + schedule);
        };
    }
}
