package maxwell.info.estimate;

/** Conversions between nats (what the estimator formulas produce) and bits (what Maxwell reports). */
public final class Units {

    public static final double LN2 = Math.log(2.0);

    private Units() {
    }

    public static double natsToBits(double nats) {
        return nats / LN2;
    }

    public static double bitsToNats(double bits) {
        return bits * LN2;
    }
}
