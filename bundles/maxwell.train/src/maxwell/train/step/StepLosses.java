package maxwell.train.step;

/**
 * What one optimisation step measured on its batch.
 *
 * @param adversaryCrossEntropy the demon's cross-entropy on the partition it watches (nats)
 * @param adversaryAccuracy the demon's accuracy on that partition, on this batch
 * @param pairing the pairing term before its weight (0 when off)
 * @param domainMmd the domain MMD term before its weight (0 when off)
 * @param crossReconstruction the cross reconstruction term before its weight (0 when off)
 */
public record StepLosses(long step, double total, double reconstruction, double kl, double adversaryCrossEntropy,
        double adversaryAccuracy, double lambda, double pairing, double domainMmd, double crossReconstruction) {

    /**
     * Nats of demon cross-entropy no converging game reaches: a demon that learned nothing has ln K (3.0
     * for 20 domains) and healthy runs stayed below 3, while codes driven away by gradient reversal
     * passed 100 within an epoch.
     */
    static final double RUNAWAY_CROSS_ENTROPY = 50;

    /** The demon is confidently wrong by a margin only unbounded codes produce. */
    boolean codesRanAway() {
        return adversaryCrossEntropy > RUNAWAY_CROSS_ENTROPY;
    }

    boolean isFinite() {
        return Double.isFinite(total) && Double.isFinite(reconstruction) && Double.isFinite(kl)
                && Double.isFinite(adversaryCrossEntropy);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "step %d: loss %.6g (reconstruction %.6g, KL %.6g, adversary CE %.6g, accuracy %.3f, λ %.4g)", step, total,
                reconstruction, kl, adversaryCrossEntropy, adversaryAccuracy, lambda);
    }
}
