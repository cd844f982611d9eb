package maxwell.data.maptiles;

import java.util.List;

/**
 * The content of one map tile, independent of any source: a land use per pixel, the rank of each
 * road pixel and an id per building lot (so a source can colour each roof on its own), and the
 * ground-truth factors measured from it.
 */
public final class TileLayout {

	/** Names of {@link #factors()}, in order. */
	public static final List<String> FACTOR_NAMES = List.of("open fraction", "building fraction", "park fraction",
			"water fraction", "road fraction", "road orientation (degrees, 0-180)", "water present");

	public static final byte MINOR_ROAD = 1;
	public static final byte MAJOR_ROAD = 2;

	private final int size;
	private final byte[] landUse;
	private final byte[] roadRank;
	private final int[] lot;
	private final float orientationDegrees;
	private final float[] factors;
	private final ContentClass contentClass;

	TileLayout(int size, byte[] landUse, byte[] roadRank, int[] lot, float orientationDegrees) {
		this.size = size;
		this.landUse = landUse;
		this.roadRank = roadRank;
		this.lot = lot;
		this.orientationDegrees = orientationDegrees;
		float[] fractions = new float[LandUse.values().length];
		for (byte use : landUse) {
			fractions[use]++;
		}
		for (int i = 0; i < fractions.length; i++) {
			fractions[i] /= landUse.length;
		}
		this.contentClass = ContentClass.dominant(fractions);
		this.factors = new float[] { fractions[LandUse.OPEN.ordinal()], fractions[LandUse.BUILDING.ordinal()],
				fractions[LandUse.PARK.ordinal()], fractions[LandUse.WATER.ordinal()], fractions[LandUse.ROAD.ordinal()],
				orientationDegrees, fractions[LandUse.WATER.ordinal()] > 0 ? 1f : 0f };
	}

	public int size() {
		return size;
	}

	public LandUse landUse(int x, int y) {
		return LandUse.of(landUse[y * size + x]);
	}

	/** Land use with coordinates clamped to the tile, for neighbourhood tests at the border. */
	int useAt(int x, int y) {
		x = x < 0 ? 0 : (x >= size ? size - 1 : x);
		y = y < 0 ? 0 : (y >= size ? size - 1 : y);
		return landUse[y * size + x];
	}

	/** 0 off the road, {@link #MINOR_ROAD} or {@link #MAJOR_ROAD}. */
	public int roadRank(int x, int y) {
		return roadRank[y * size + x];
	}

	/** Id of the building lot the pixel belongs to; 0 where it is no building. */
	public int lot(int x, int y) {
		return lot[y * size + x];
	}

	/** Direction (in image coordinates, x right, y down) along which most road length runs. */
	public float orientationDegrees() {
		return orientationDegrees;
	}

	/** A copy of the factors named by {@link #FACTOR_NAMES}. */
	public float[] factors() {
		return factors.clone();
	}

	public ContentClass contentClass() {
		return contentClass;
	}
}
