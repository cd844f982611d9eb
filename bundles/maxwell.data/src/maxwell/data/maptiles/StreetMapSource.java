package maxwell.data.maptiles;

import maxwell.data.image.RgbImage;

/** A cartographic street map: flat pastel palette, outlined buildings, cased white and orange roads. */
public final class StreetMapSource implements MapSource {

	@Override
	public String name() {
		return "street";
	}

	@Override
	public void render(TileLayout layout, long variation, RgbImage out) {
		int size = layout.size();
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				LandUse use = layout.landUse(x, y);
				if (MapSource.besideRoad(layout, x, y)) {
					boolean major = majorNear(layout, x, y);
					out.set(x, y, major ? 200 : 176, major ? 140 : 170, major ? 90 : 166);
					continue;
				}
				switch (use) {
					case BUILDING -> {
						if (MapSource.onEdge(layout, x, y)) {
							out.set(x, y, 188, 172, 160);
						} else {
							out.set(x, y, 217, 208, 201);
						}
					}
					case PARK -> out.set(x, y, 173, 214, 160);
					case WATER -> out.set(x, y, 170, 211, 223);
					case ROAD -> {
						if (layout.roadRank(x, y) == TileLayout.MAJOR_ROAD) {
							out.set(x, y, 252, 214, 164);
						} else {
							out.set(x, y, 255, 255, 255);
						}
					}
					default -> out.set(x, y, 242, 239, 233);
				}
			}
		}
	}

	private static boolean majorNear(TileLayout layout, int x, int y) {
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				int nx = x + dx, ny = y + dy;
				if (nx >= 0 && ny >= 0 && nx < layout.size() && ny < layout.size()
						&& layout.roadRank(nx, ny) == TileLayout.MAJOR_ROAD) {
					return true;
				}
			}
		}
		return false;
	}
}
