package maxwell.data.maptiles;

import java.util.SplittableRandom;

import maxwell.data.image.RgbImage;

/**
 * An old survey map: aged paper, brown ink outlines, hatched buildings, ruled water lines and
 * stippled parks; roads are left as paper between two ink lines.
 */
public final class SketchSource implements MapSource {

	@Override
	public String name() {
		return "sketch";
	}

	@Override
	public void render(TileLayout layout, long variation, RgbImage out) {
		SplittableRandom look = new SplittableRandom(variation);
		int age = look.nextInt(25);                 // how yellowed the sheet is
		long grain = look.nextLong();
		int size = layout.size();
		int step = Math.max(2, size / 21);          // hatching pitch, in pixels
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				int paper = (int) (Noise.unit(grain, x, y) * 14) - 7;
				int pr = 236 - age / 3 + paper, pg = 224 - age / 2 + paper, pb = 192 - age + paper;
				LandUse use = layout.landUse(x, y);
				boolean ink = use != LandUse.ROAD && (MapSource.besideRoad(layout, x, y)
						|| layout.useAt(x + 1, y) != use.ordinal() || layout.useAt(x, y + 1) != use.ordinal());
				boolean mark = switch (use) {
					case BUILDING -> Math.floorMod(x + y, step) == 0;
					case WATER -> Math.floorMod(y + (int) (1.2 * Math.sin(x * 0.5)), step + 1) == 0;
					case PARK -> Noise.unit(grain ^ 0x5707L, x, y) < 0.14f;
					default -> false;
				};
				if (ink) {
					out.set(x, y, 78 + paper, 56 + paper, 38 + paper);
				} else if (mark) {
					int[] c = use == LandUse.WATER ? new int[] { 96, 112, 128 } : (use == LandUse.PARK ? new int[] { 96, 104, 60 } : new int[] { 120, 92, 70 });
					out.set(x, y, c[0] + paper, c[1] + paper, c[2] + paper);
				} else {
					out.set(x, y, pr, pg, pb);
				}
			}
		}
	}
}
