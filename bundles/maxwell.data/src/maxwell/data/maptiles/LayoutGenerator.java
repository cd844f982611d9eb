package maxwell.data.maptiles;

import java.util.SplittableRandom;

/**
 * Draws tile layouts: a street grid at some orientation over a smooth land-use field, with water
 * (a river or a lake), parks and building blocks, and a major road. Geometry lives in the unit
 * square and is rasterised at the asked size, so one location gives the same place at 32 and 64 px.
 */
public final class LayoutGenerator {

	private LayoutGenerator() {
	}

	/** Everything random about one layout, drawn once from the tile's own seed. */
	private static final class Plan {
		long seed;
		Theme theme;
		float cos, sin;             // grid direction (dominant road orientation)
		float spacingMain, spacingCross, offsetMain, offsetCross;
		float minorWidth, majorWidth, majorOffset;
		float urbanThreshold, parkThreshold, lotWidth, margin, builtShare;
		boolean hasGrid, hasRiver, hasLake, twoRows;
		float riverCos, riverSin, riverOffset, riverWidth, riverWaves, riverPhase, lakeThreshold;
		float orientationDegrees;
	}

	public static TileLayout generate(long tileSeed, int size) {
		Plan plan = plan(tileSeed);
		int pixels = size * size;
		byte[] landUse = new byte[pixels];
		byte[] roadRank = new byte[pixels];
		int[] lot = new int[pixels];
		int[] runs = new int[2]; // road pixels along the grid direction, across it
		float minPixel = 1f / size; // a road is at least one pixel wide at any size
		float halfMinor = Math.max(plan.minorWidth, minPixel) / 2;
		float halfMajor = Math.max(plan.majorWidth, 1.5f * minPixel) / 2;
		for (int y = 0; y < size; y++) {
			float v = (y + 0.5f) / size;
			for (int x = 0; x < size; x++) {
				float u = (x + 0.5f) / size;
				int p = y * size + x;
				classify(plan, u, v, halfMinor, halfMajor, p, landUse, roadRank, lot, runs);
			}
		}
		// Water or parks can hide the grid's main roads: the factor is what the pixels show.
		float orientation = runs[0] >= runs[1] ? plan.orientationDegrees : (plan.orientationDegrees + 90) % 180;
		return new TileLayout(size, landUse, roadRank, lot, orientation);
	}

	private static void classify(Plan plan, float u, float v, float halfMinor, float halfMajor, int p,
			byte[] landUse, byte[] roadRank, int[] lot, int[] runs) {
		float along = plan.cos * u + plan.sin * v;
		float across = -plan.sin * u + plan.cos * v;
		// The major road runs along the grid direction: bridges cross water, so test it first.
		if (Math.abs(across - plan.majorOffset) < halfMajor) {
			landUse[p] = (byte) LandUse.ROAD.ordinal();
			roadRank[p] = TileLayout.MAJOR_ROAD;
			runs[0]++;
			return;
		}
		if (isWater(plan, u, v)) {
			landUse[p] = (byte) LandUse.WATER.ordinal();
			return;
		}
		float urban = Noise.fractal(plan.seed ^ 0xC17L, u, v, 2.2f);
		float parkField = Noise.fractal(plan.seed ^ 0x9A4CL, u, v, 2.6f);
		float ra = floorMod(across - plan.offsetMain, plan.spacingMain);
		float rb = floorMod(along - plan.offsetCross, plan.spacingCross);
		boolean inTown = plan.hasGrid && urban > plan.urbanThreshold;
		boolean onMain = Math.min(ra, plan.spacingMain - ra) < halfMinor;
		if (inTown && (onMain || Math.min(rb, plan.spacingCross - rb) < halfMinor)) {
			landUse[p] = (byte) LandUse.ROAD.ordinal();
			roadRank[p] = TileLayout.MINOR_ROAD;
			runs[onMain ? 0 : 1]++;
			return;
		}
		if (parkField > plan.parkThreshold) {
			landUse[p] = (byte) LandUse.PARK.ordinal();
			return;
		}
		if (inTown) {
			int cellA = (int) Math.floor((across - plan.offsetMain) / plan.spacingMain);
			int cellB = (int) Math.floor((along - plan.offsetCross) / plan.spacingCross);
			int lotIndex = (int) (rb / plan.lotWidth);
			float inLot = rb - lotIndex * plan.lotWidth;
			boolean built = Noise.unit(plan.seed ^ 0xB10CL, cellA * 64 + lotIndex, cellB) < plan.builtShare;
			boolean insideA = plan.twoRows
					? (ra > plan.margin && ra < plan.spacingMain / 2 - plan.margin / 3)
							|| (ra > plan.spacingMain / 2 + plan.margin / 3 && ra < plan.spacingMain - plan.margin)
					: ra > plan.margin && ra < plan.spacingMain - plan.margin;
			boolean insideB = inLot > plan.margin / 2 && inLot < plan.lotWidth - plan.margin / 2
					&& rb > plan.margin && rb < plan.spacingCross - plan.margin;
			if (built && insideA && insideB) {
				landUse[p] = (byte) LandUse.BUILDING.ordinal();
				int row = plan.twoRows && ra > plan.spacingMain / 2 ? 1 : 0;
				lot[p] = 1 + ((cellA * 131 + cellB) * 67 + lotIndex) * 2 + row & 0x7FFFFFFF;
				return;
			}
			landUse[p] = (byte) LandUse.OPEN.ordinal();
			return;
		}
		// Countryside: fields with the odd farmstead.
		int fx = (int) Math.floor(u * 9), fy = (int) Math.floor(v * 9);
		if (Noise.unit(plan.seed ^ 0xFA12L, fx, fy) < 0.06f && (u * 9 - fx) > 0.3f && (u * 9 - fx) < 0.75f
				&& (v * 9 - fy) > 0.3f && (v * 9 - fy) < 0.7f) {
			landUse[p] = (byte) LandUse.BUILDING.ordinal();
			lot[p] = 1 + (fx * 31 + fy) & 0x7FFFFFFF;
			return;
		}
		landUse[p] = (byte) LandUse.OPEN.ordinal();
	}

	private static boolean isWater(Plan plan, float u, float v) {
		if (plan.hasRiver) {
			float along = plan.riverCos * u + plan.riverSin * v;
			float across = -plan.riverSin * u + plan.riverCos * v;
			float centre = plan.riverOffset + 0.06f * (float) Math.sin(along * plan.riverWaves + plan.riverPhase);
			if (Math.abs(across - centre) < plan.riverWidth / 2) {
				return true;
			}
		}
		return plan.hasLake && Noise.fractal(plan.seed ^ 0x1A4EL, u, v, 1.8f) > plan.lakeThreshold;
	}

	private static float floorMod(float value, float modulus) {
		float r = value % modulus;
		return r < 0 ? r + modulus : r;
	}

	private static Plan plan(long tileSeed) {
		SplittableRandom random = new SplittableRandom(tileSeed);
		Plan plan = new Plan();
		plan.seed = random.nextLong();
		plan.theme = Theme.values()[random.nextInt(Theme.values().length)];
		double angle = random.nextDouble() * Math.PI;
		plan.cos = (float) Math.cos(angle);
		plan.sin = (float) Math.sin(angle);
		plan.orientationDegrees = (float) Math.toDegrees(angle);
		plan.spacingMain = 0.16f + 0.14f * (float) random.nextDouble();
		plan.spacingCross = plan.spacingMain * (1.8f + (float) random.nextDouble());
		plan.offsetMain = (float) random.nextDouble() * plan.spacingMain;
		plan.offsetCross = (float) random.nextDouble() * plan.spacingCross;
		plan.minorWidth = 0.022f + 0.018f * (float) random.nextDouble();
		plan.majorWidth = 0.06f + 0.05f * (float) random.nextDouble();
		plan.majorOffset = (float) (random.nextDouble() * 1.4 - 0.2);
		plan.lotWidth = 0.06f + 0.06f * (float) random.nextDouble();
		plan.margin = 0.025f + 0.015f * (float) random.nextDouble();
		plan.twoRows = plan.spacingMain > 0.22f;
		plan.builtShare = 0.8f;
		plan.riverCos = (float) Math.cos(random.nextDouble() * Math.PI);
		plan.riverSin = (float) Math.sqrt(1 - plan.riverCos * plan.riverCos);
		plan.riverOffset = (float) (random.nextDouble() * 0.8 - 0.1);
		plan.riverWaves = 4f + 6f * (float) random.nextDouble();
		plan.riverPhase = (float) (random.nextDouble() * 2 * Math.PI);
		switch (plan.theme) {
			case CITY -> {
				plan.hasGrid = true;
				plan.builtShare = 0.97f;
				plan.margin = 0.014f + 0.01f * (float) random.nextDouble();
				plan.urbanThreshold = 0.1f + 0.15f * (float) random.nextDouble();
				plan.parkThreshold = 0.78f;
				plan.hasRiver = random.nextDouble() < 0.2;
				plan.riverWidth = 0.08f;
			}
			case PARKLAND -> {
				plan.hasGrid = true;
				plan.urbanThreshold = 0.3f;
				plan.parkThreshold = 0.28f + 0.1f * (float) random.nextDouble();
				plan.hasLake = random.nextDouble() < 0.3;
				plan.lakeThreshold = 0.72f;
			}
			case WATERSIDE -> {
				plan.hasGrid = random.nextDouble() < 0.7;
				plan.urbanThreshold = 0.35f;
				plan.parkThreshold = 0.75f;
				plan.hasRiver = random.nextDouble() < 0.5;
				plan.riverWidth = 0.45f + 0.2f * (float) random.nextDouble();
				plan.riverOffset = 0.3f + 0.4f * (float) random.nextDouble();
				plan.hasLake = !plan.hasRiver;
				plan.lakeThreshold = 0.3f + 0.08f * (float) random.nextDouble();
			}
			case COUNTRYSIDE -> {
				plan.hasGrid = random.nextDouble() < 0.25;
				plan.urbanThreshold = 0.68f;
				plan.parkThreshold = 0.62f + 0.1f * (float) random.nextDouble();
				plan.hasRiver = random.nextDouble() < 0.25;
				plan.riverWidth = 0.06f;
				plan.majorOffset = 0.2f + 0.6f * (float) random.nextDouble(); // the one road crosses the tile
			}
		}
		return plan;
	}
}
