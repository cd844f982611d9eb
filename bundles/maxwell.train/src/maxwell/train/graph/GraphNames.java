package maxwell.train.graph;

/** Names of the graph's inputs and outputs that the trainer feeds and reads. */
public final class GraphNames {

    public static final String INPUT = "x";
    /** One-hot rows of what the adversary predicts (domain or content class). */
    public static final String ADVERSARY_TARGET = "adversary_target";
    public static final String LAMBDA = "lambda";
    public static final String LOSS = "loss";
    public static final String RECONSTRUCTION_LOSS = "reconstruction_loss";
    public static final String KL_LOSS = "kl_loss";
    /** The demon's own cross-entropy on the partition it watches, with the true targets. */
    public static final String ADVERSARY_CE = "adversary_ce";
    public static final String ADVERSARY_LOGITS = "adversary_logits";
    public static final String RECONSTRUCTION = "reconstruction";

    private GraphNames() {
    }

    /** Standard-normal noise of a Gaussian partition, fed per batch so runs stay reproducible. */
    public static String noise(String partition) {
        return "eps_" + partition;
    }

    /** The sampled (or deterministic) code of a partition. */
    public static String code(String partition) {
        return "z_" + partition;
    }

    public static String mean(String partition) {
        return "mu_" + partition;
    }

    public static String logVariance(String partition) {
        return "logvar_" + partition;
    }
}
