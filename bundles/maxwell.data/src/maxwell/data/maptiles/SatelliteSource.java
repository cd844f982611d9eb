package maxwell.data.maptiles;

import java.util.SplittableRandom;

import maxwell.data.image.RgbImage;

/** Aerial photography: textured canopy, varied roofs with shadows, murky water, sensor noise. */
public final class SatelliteSource implements MapSource {

	private static final int[][] ROOFS = { { 150, 148, 145 }, { 112, 108, 104 }, { 168, 98, 74 }, { 190, 184, 172 },
			{ 132, 120, 100 } };

	@Override
	public String name() {
		return "satellite";
	}

	@Override
	public void render(TileLayout layout, long variation, RgbImage out) {
		SplittableRandom look = new SplittableRandom(variation);
		float light = 0.85f + 0.3f * (float) look.nextDouble();   // sun and exposure
		int warm = look.nextInt(21) - 10;                          // season and white balance
		long grain = look.nextLong();
		int size = layout.size();
		float scale = size / 64f;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int noise = (int) (Noise.unit(grain, x, y) * 24) - 12;
				int r, g, b;
				switch (layout.landUse(x, y)) {
					case BUILDING -> {
						int[] roof = ROOFS[Math.floorMod(Noise.hash(grain, layout.lot(x, y), 7), ROOFS.length)];
						r = roof[0]; g = roof[1]; b = roof[2];
						noise /= 2;
					}
					case PARK -> {
						// canopy: blobs of trees about two pixels across at 64 px
						float crown = Noise.smooth(grain ^ 0x7EE5L, x / scale / 64f, y / scale / 64f, 22f);
						r = (int) (30 + 40 * crown); g = (int) (62 + 52 * crown); b = (int) (28 + 25 * crown);
					}
					case WATER -> {
						float depth = Noise.smooth(grain ^ 0xD33FL, x / (float) size, y / (float) size, 3f);
						r = (int) (28 + 20 * depth); g = (int) (58 + 22 * depth); b = (int) (72 + 18 * depth);
						noise /= 3;
					}
					case ROAD -> {
						int grey = layout.roadRank(x, y) == TileLayout.MAJOR_ROAD ? 118 : 96;
						r = grey; g = grey; b = grey + 3;
					}
					default -> {
						// fields and lots: patches of soil and grass
						float field = Noise.smooth(grain ^ 0xF1E1DL, x / (float) size, y / (float) size, 5f);
						r = (int) (128 + 40 * field); g = (int) (122 + 22 * field); b = (int) (80 + 10 * field);
					}
				}
				if (layout.landUse(x, y) != LandUse.BUILDING && layout.useAt(x - 1, y - 1) == LandUse.BUILDING.ordinal()) {
					r = r * 55 / 100; g = g * 55 / 100; b = b * 55 / 100; // shadow cast towards the lower right
				}
				out.set(x, y, (int) ((r + noise + warm) * light), (int) ((g + noise) * light), (int) ((b + noise - warm) * light));
			}
		}
	}
}
