package maxwell.train.step;

import java.util.Locale;

/**
 * Training left the range it can come back from: a loss became NaN or infinite, or the codes ran
 * away from the demon. The run must stop as failed and keep its last good checkpoint.
 */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StepLosses losses;

    private TrainingDivergedException(StepLosses losses, String message) {
        super(message);
        this.losses = losses;
    }

    static TrainingDivergedException notFinite(StepLosses losses) {
        return new TrainingDivergedException(losses, "training diverged at " + losses
                + ". Try a smaller learning rate or a smaller adversary weight λ (or a slower λ ramp).");
    }

    static TrainingDivergedException runaway(StepLosses losses) {
        return new TrainingDivergedException(losses, String.format(Locale.ROOT,
                "training diverged at %s: the demon's cross-entropy of %.1f nats means its probability for the true"
                        + " domain is below e^-%.0f; the encoder is driving the watched partition's codes away from"
                        + " the demon instead of removing the domain. Try a smaller adversary weight λ, the alternating"
                        + " formulation, or the domain MMD term (deterministic codes have no prior to hold them).",
                losses, losses.adversaryCrossEntropy(), StepLosses.RUNAWAY_CROSS_ENTROPY));
    }

    public StepLosses losses() {
        return losses;
    }
}
