package maxwell.data.maptiles;

/** What a pixel of a tile layout is: the content every source renders in its own way. */
public enum LandUse {
	OPEN, BUILDING, PARK, WATER, ROAD;

	private static final LandUse[] VALUES = values();

	static LandUse of(int ordinal) {
		return VALUES[ordinal];
	}
}
