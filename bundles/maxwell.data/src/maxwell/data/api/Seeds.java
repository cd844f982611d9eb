package maxwell.data.api;

/** Derives independent seeds from an experiment seed, so each use of randomness has its own stream. */
public final class Seeds {

	private Seeds() {
	}

	/** SplitMix64's finaliser over the pair: nearby inputs give unrelated outputs. */
	public static long mix(long seed, long salt) {
		long z = seed * 0x9E3779B97F4A7C15L + salt;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
