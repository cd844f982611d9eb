package maxwell.info.estimate;

/**
 * The digamma function ψ at positive integers, which is all the kNN estimators need:
 * ψ(1) = −γ and ψ(n+1) = ψ(n) + 1/n. A table makes the per-sample sums cheap and exact to
 * double precision.
 */
public final class Digamma {

    private static final double EULER_GAMMA = 0.57721566490153286061;
    private static volatile double[] table = build(1 << 12);

    private Digamma() {
    }

    /** ψ(n) for n ≥ 1. */
    public static double of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("digamma is needed at positive integers only, got " + n);
        }
        double[] t = table;
        if (n >= t.length) {
            t = grow(n);
        }
        return t[n];
    }

    private static synchronized double[] grow(int n) {
        if (n >= table.length) {
            table = build(Math.max(n + 1, table.length * 2));
        }
        return table;
    }

    private static double[] build(int size) {
        double[] t = new double[size];
        t[0] = Double.NaN;
        t[1] = -EULER_GAMMA;
        for (int i = 2; i < size; i++) {
            t[i] = t[i - 1] + 1.0 / (i - 1);
        }
        return t;
    }
}
