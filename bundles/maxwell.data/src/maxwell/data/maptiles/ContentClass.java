package maxwell.data.maptiles;

import java.util.List;

/**
 * The discrete content of a tile: its dominant land use (roads excluded, since they run through
 * every kind of place). Ties go to the earlier class.
 */
public enum ContentClass {
	BUILT_UP("built-up", LandUse.BUILDING),
	PARK("park", LandUse.PARK),
	WATER("water", LandUse.WATER),
	OPEN_LAND("open land", LandUse.OPEN);

	public static final List<String> NAMES = java.util.Arrays.stream(values()).map(c -> c.label).toList();

	private final String label;
	private final LandUse landUse;

	ContentClass(String label, LandUse landUse) {
		this.label = label;
		this.landUse = landUse;
	}

	public String label() {
		return label;
	}

	public LandUse landUse() {
		return landUse;
	}

	/** @param fractions fractions per {@link LandUse} ordinal */
	public static ContentClass dominant(float[] fractions) {
		ContentClass best = BUILT_UP;
		for (ContentClass c : values()) {
			if (fractions[c.landUse.ordinal()] > fractions[best.landUse.ordinal()]) {
				best = c;
			}
		}
		return best;
	}
}
