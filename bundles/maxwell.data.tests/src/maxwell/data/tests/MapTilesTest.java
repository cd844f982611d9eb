package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import maxwell.data.image.RgbImage;
import maxwell.data.maptiles.ContentClass;
import maxwell.data.maptiles.LandUse;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;
import maxwell.data.maptiles.TileLayout;

class MapTilesTest {

	private static MapTileDataset tiles(long seed, int size) {
		return new MapTileDataset(seed, size, 3, MapSources.ALL, 150, 50);
	}

	@ParameterizedTest
	@ValueSource(ints = { 32, 64 })
	void theSameSeedGivesTheSameBytes(int size) {
		MapTileDataset a = tiles(7, size);
		MapTileDataset b = tiles(7, size);
		for (int sample = 0; sample < 40; sample++) {
			assertArrayEquals(a.rgb(sample).bytes(), b.rgb(sample).bytes(), "sample " + sample);
		}
		assertEquals(3 * size * size, a.rgb(0).bytes().length, "RGB at " + size + " px");
	}

	@Test
	void anotherSeedGivesOtherTiles() {
		MapTileDataset a = tiles(7, 32);
		MapTileDataset b = tiles(8, 32);
		for (int sample = 0; sample < 40; sample++) {
			assertFalse(Arrays.equals(a.rgb(sample).bytes(), b.rgb(sample).bytes()), "sample " + sample);
		}
	}

	@Test
	void imagesAreFloatsInTheUnitIntervalInChwOrder() {
		MapTileDataset tiles = tiles(3, 32);
		float[] chw = new float[tiles.shape().length()];
		tiles.image(5, chw, 0);
		RgbImage rgb = tiles.rgb(5);
		int plane = 32 * 32;
		int x = 17, y = 9;
		assertEquals(rgb.red(x, y) / 255f, chw[y * 32 + x], 1e-6);
		assertEquals(rgb.green(x, y) / 255f, chw[plane + y * 32 + x], 1e-6);
		assertEquals(rgb.blue(x, y) / 255f, chw[2 * plane + y * 32 + x], 1e-6);
		for (float v : chw) {
			assertTrue(v >= 0 && v <= 1);
		}
	}

	@Test
	void everySourceDrawsTheSameLayoutInItsOwnWay() {
		MapTileDataset tiles = tiles(11, 64);
		for (int item = 0; item < 20; item++) {
			assertEquals(tiles.pairingKey(tiles.sample(item, 0)), tiles.pairingKey(tiles.sample(item, 3)));
			assertEquals(tiles.contentLabel(tiles.sample(item, 0)), tiles.contentLabel(tiles.sample(item, 2)));
			for (int a = 0; a < 4; a++) {
				for (int b = a + 1; b < 4; b++) {
					assertFalse(Arrays.equals(tiles.rgb(tiles.sample(item, a)).bytes(), tiles.rgb(tiles.sample(item, b)).bytes()));
				}
			}
		}
	}

	/** The pixels follow the layout: where the layout has water, photos and street maps are blue. */
	@Test
	void waterIsBluerThanLandInEverySourceButTheSketch() {
		MapTileDataset tiles = tiles(5, 64);
		int checked = 0;
		for (int item = 0; item < 60; item++) {
			TileLayout layout = tiles.layout(item);
			float water = layout.factors()[3];
			if (water < 0.05f || water > 0.95f) {
				continue;
			}
			checked++;
			for (String source : new String[] { "satellite", "street" }) {
				RgbImage image = tiles.rgb(tiles.sample(item, tiles.domains().indexOf(source)));
				assertTrue(blueness(image, layout, LandUse.WATER) > blueness(image, layout, LandUse.OPEN) + 10,
						source + " item " + item);
			}
		}
		assertTrue(checked >= 3, "only " + checked + " tiles with some water");
	}

	private static double blueness(RgbImage image, TileLayout layout, LandUse use) {
		double sum = 0;
		int n = 0;
		for (int y = 0; y < layout.size(); y++) {
			for (int x = 0; x < layout.size(); x++) {
				if (layout.landUse(x, y) == use) {
					sum += image.blue(x, y) - (image.red(x, y) + image.green(x, y)) / 2.0;
					n++;
				}
			}
		}
		return n == 0 ? Double.NEGATIVE_INFINITY : sum / n;
	}

	@Test
	void factorsAndLabelsAgreeWithTheLayout() {
		MapTileDataset tiles = tiles(21, 64);
		for (int item = 0; item < 100; item++) {
			TileLayout layout = tiles.layout(item);
			int[] counts = new int[LandUse.values().length];
			for (int y = 0; y < 64; y++) {
				for (int x = 0; x < 64; x++) {
					counts[layout.landUse(x, y).ordinal()]++;
				}
			}
			float[] factors = tiles.contentFactors(tiles.sample(item, 1));
			assertEquals(counts[LandUse.OPEN.ordinal()] / 4096f, factors[0], 1e-6);
			assertEquals(counts[LandUse.BUILDING.ordinal()] / 4096f, factors[1], 1e-6);
			assertEquals(counts[LandUse.PARK.ordinal()] / 4096f, factors[2], 1e-6);
			assertEquals(counts[LandUse.WATER.ordinal()] / 4096f, factors[3], 1e-6);
			assertEquals(counts[LandUse.ROAD.ordinal()] / 4096f, factors[4], 1e-6);
			assertEquals(counts[LandUse.WATER.ordinal()] > 0 ? 1f : 0f, factors[6]);
			assertTrue(factors[5] >= 0 && factors[5] < 180);
			ContentClass label = ContentClass.values()[tiles.contentLabel(tiles.sample(item, 0))];
			int dominant = counts[label.landUse().ordinal()];
			for (ContentClass other : ContentClass.values()) {
				assertTrue(dominant >= counts[other.landUse().ordinal()], "item " + item + " labelled " + label);
			}
		}
	}

	/**
	 * Independent check of the orientation factor: road pixels that continue two pixels both ways
	 * along the factor's direction outnumber those that continue across it. The run count is a
	 * rougher measure than the generator's (short road ends drop out), so it must agree on nine
	 * tiles in ten, not on every tile.
	 */
	@Test
	void theOrientationFactorIsTheDirectionMostRoadsRun() {
		MapTileDataset tiles = tiles(33, 64);
		int checked = 0;
		int agreed = 0;
		for (int item = 0; item < 150; item++) {
			TileLayout layout = tiles.layout(item);
			if (layout.factors()[4] < 0.08f) {
				continue;
			}
			checked++;
			double angle = Math.toRadians(layout.orientationDegrees());
			if (runs(layout, angle) > runs(layout, angle + Math.PI / 2)) {
				agreed++;
			}
		}
		assertTrue(checked >= 40, checked + " tiles with roads");
		assertTrue(agreed >= 0.9 * checked, agreed + " of " + checked + " tiles agree");
	}

	private static int runs(TileLayout layout, double angle) {
		int count = 0;
		int dx = (int) Math.round(2 * Math.cos(angle));
		int dy = (int) Math.round(2 * Math.sin(angle));
		for (int y = 2; y < 62; y++) {
			for (int x = 2; x < 62; x++) {
				if (layout.landUse(x, y) == LandUse.ROAD && layout.landUse(x + dx, y + dy) == LandUse.ROAD
						&& layout.landUse(x - dx, y - dy) == LandUse.ROAD) {
					count++;
				}
			}
		}
		return count;
	}

	@Test
	void everyContentClassOccurs() {
		MapTileDataset tiles = tiles(99, 32);
		int[] counts = new int[ContentClass.values().length];
		for (int item = 0; item < tiles.itemCount(); item++) {
			counts[tiles.contentLabel(tiles.sample(item, 0))]++;
		}
		for (int c = 0; c < counts.length; c++) {
			assertTrue(counts[c] >= tiles.itemCount() / 20, ContentClass.values()[c] + ": " + Arrays.toString(counts));
		}
	}

	@Test
	void oneLocationIsTheSamePlaceAtEverySize() {
		MapTileDataset small = tiles(4, 32);
		MapTileDataset large = tiles(4, 64);
		for (int item = 0; item < 20; item++) {
			assertNotEquals(small.rgb(small.sample(item, 0)).bytes().length, large.rgb(large.sample(item, 0)).bytes().length);
			assertEquals(small.contentFactors(item * 4)[1], large.contentFactors(item * 4)[1], 0.08, "building share of item " + item);
		}
	}
}
