package maxwell.info.significance;

import java.util.SplittableRandom;

/**
 * Deterministic random streams: stream i of seed s is the same whichever thread computes it, so
 * results do not depend on the number of cores.
 */
public final class Seeds {

    private Seeds() {
    }

    public static SplittableRandom stream(long seed, long stream) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + stream));
    }

    /** A derived seed, e.g. one per quantity of a table. */
    public static long derive(long seed, String purpose) {
        return mix(seed ^ purpose.hashCode() * 0xC2B2AE3D27D4EB4FL);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] p = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
