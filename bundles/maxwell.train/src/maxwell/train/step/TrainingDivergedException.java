package maxwell.train.step;

/** A loss became NaN or infinite; the run must stop as failed and keep its last good checkpoint. */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StepLosses losses;

    public TrainingDivergedException(StepLosses losses) {
        super("training diverged at " + losses
                + ". Try a smaller learning rate or a smaller adversary weight λ (or a slower λ ramp).");
        this.losses = losses;
    }

    public StepLosses losses() {
        return losses;
    }
}
