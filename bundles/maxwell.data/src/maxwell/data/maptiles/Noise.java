package maxwell.data.maptiles;

/**
 * Stateless, seeded noise: a hash per lattice point, so any pixel of any tile can be computed
 * alone and in any order, and the same (seed, tile, pixel) always gives the same value.
 */
final class Noise {

	private Noise() {
	}

	static int hash(long seed, int x, int y) {
		long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
		h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
		h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return (int) (h ^ (h >>> 33));
	}

	/** Uniform in [0, 1). */
	static float unit(long seed, int x, int y) {
		return (hash(seed, x, y) >>> 8) * 0x1.0p-24f;
	}

	/**
	 * Smooth value noise in [0, 1] at a point of the unit tile, {@code cells} lattice cells across:
	 * the land-use field, so neighbouring pixels share their land use and regions have soft edges.
	 */
	static float smooth(long seed, float u, float v, float cells) {
		float fx = u * cells;
		float fy = v * cells;
		int x0 = (int) Math.floor(fx);
		int y0 = (int) Math.floor(fy);
		float tx = fade(fx - x0);
		float ty = fade(fy - y0);
		float a = unit(seed, x0, y0);
		float b = unit(seed, x0 + 1, y0);
		float c = unit(seed, x0, y0 + 1);
		float d = unit(seed, x0 + 1, y0 + 1);
		float top = a + (b - a) * tx;
		float bottom = c + (d - c) * tx;
		return top + (bottom - top) * ty;
	}

	/** Two octaves, for outlines that look natural rather than blobby. */
	static float fractal(long seed, float u, float v, float cells) {
		return (2 * smooth(seed, u, v, cells) + smooth(seed ^ 0x51L, u, v, cells * 2.7f)) / 3f;
	}

	private static float fade(float t) {
		return t * t * (3 - 2 * t);
	}
}
