package maxwell.data.maptiles;

import maxwell.data.image.RgbImage;

/** One way of drawing a layout: the domain of a map tile. */
public interface MapSource {

	/** The rendering name used in experiment files ({@code maxwell.model.templates.Renderings.MAP_TILES}). */
	String name();

	/**
	 * @param variation seed of this tile's look in this source (lighting, paper, noise): the
	 *                  same place never looks pixel-identical twice across tiles
	 */
	void render(TileLayout layout, long variation, RgbImage out);

	/** True where a pixel borders another land use: outlines and ink lines. */
	static boolean onEdge(TileLayout layout, int x, int y) {
		int here = layout.useAt(x, y);
		return layout.useAt(x + 1, y) != here || layout.useAt(x, y + 1) != here
				|| layout.useAt(x - 1, y) != here || layout.useAt(x, y - 1) != here;
	}

	/** True where the pixel is no road but touches one: casings and glow. */
	static boolean besideRoad(TileLayout layout, int x, int y) {
		int road = LandUse.ROAD.ordinal();
		return layout.useAt(x, y) != road && (layout.useAt(x + 1, y) == road || layout.useAt(x - 1, y) == road
				|| layout.useAt(x, y + 1) == road || layout.useAt(x, y - 1) == road);
	}
}
