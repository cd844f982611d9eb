package maxwell.data.maptiles;

import java.util.SplittableRandom;

import maxwell.data.image.RgbImage;

/** Night-time imagery: dark ground, sodium-lit roads that glow, scattered lit windows. */
public final class NightSource implements MapSource {

	@Override
	public String name() {
		return "night";
	}

	@Override
	public void render(TileLayout layout, long variation, RgbImage out) {
		SplittableRandom look = new SplittableRandom(variation);
		float lamps = 0.75f + 0.25f * (float) look.nextDouble();
		float occupancy = 0.15f + 0.2f * (float) look.nextDouble();
		long grain = look.nextLong();
		int size = layout.size();
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int noise = (int) (Noise.unit(grain, x, y) * 6);
				switch (layout.landUse(x, y)) {
					case ROAD -> {
						boolean major = layout.roadRank(x, y) == TileLayout.MAJOR_ROAD;
						out.set(x, y, (int) ((major ? 255 : 215) * lamps), (int) ((major ? 196 : 140) * lamps),
								(int) ((major ? 96 : 58) * lamps));
					}
					case BUILDING -> {
						if (Noise.unit(grain ^ 0x3174L, x, y) < occupancy) {
							float on = 0.6f + 0.4f * Noise.unit(grain ^ 0x6A7L, x, y);
							out.set(x, y, (int) (250 * on), (int) (220 * on), (int) (150 * on));
						} else {
							out.set(x, y, 34 + noise, 30 + noise, 40 + noise);
						}
					}
					case WATER -> out.set(x, y, 2, 4 + noise / 2, 14 + noise);
					case PARK -> out.set(x, y, 4 + noise / 2, 12 + noise, 6 + noise / 2);
					default -> {
						if (MapSource.besideRoad(layout, x, y)) {
							out.set(x, y, (int) (110 * lamps), (int) (70 * lamps), (int) (34 * lamps)); // lamp glow
						} else {
							out.set(x, y, 14 + noise, 14 + noise, 22 + noise);
						}
					}
				}
			}
		}
	}
}
