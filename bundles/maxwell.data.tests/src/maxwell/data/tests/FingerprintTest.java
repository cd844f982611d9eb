package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.data.api.DataException;
import maxwell.data.fashion.FashionMnistDataset;
import maxwell.data.fashion.FashionMnistFiles;
import maxwell.data.fashion.GarmentRendering;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;
import maxwell.data.tiles.FolderTileSource;
import maxwell.data.tiles.TileKey;
import maxwell.data.tiles.TileSource;
import maxwell.data.tiles.TileSourceDataset;

class FingerprintTest {

	@TempDir
	Path root;

	@Test
	void mapTilesChangeWithEveryParameter() {
		Set<String> prints = new HashSet<>();
		prints.add(new MapTileDataset(1, 32, 3, MapSources.ALL, 10, 5).fingerprint());
		prints.add(new MapTileDataset(2, 32, 3, MapSources.ALL, 10, 5).fingerprint());
		prints.add(new MapTileDataset(1, 64, 3, MapSources.ALL, 10, 5).fingerprint());
		prints.add(new MapTileDataset(1, 32, 1, MapSources.ALL, 10, 5).fingerprint());
		prints.add(new MapTileDataset(1, 32, 3, MapSources.ALL.subList(0, 3), 10, 5).fingerprint());
		prints.add(new MapTileDataset(1, 32, 3, MapSources.ALL, 11, 5).fingerprint());
		prints.add(new MapTileDataset(1, 32, 3, MapSources.ALL, 10, 6).fingerprint());
		assertEquals(7, prints.size());
		assertEquals(new MapTileDataset(1, 32, 3, MapSources.ALL, 10, 5).fingerprint(),
				new MapTileDataset(1, 32, 3, MapSources.ALL, 10, 5).fingerprint());
	}

	@Test
	void fashionMnistChangesWithOneByteOfItsFiles() throws Exception {
		Idx.folder(root, 20, 10, false);
		String before = fashion();
		assertEquals(before, fashion());
		Path images = root.resolve("t10k-images-idx3-ubyte");
		byte[] bytes = Files.readAllBytes(images);
		bytes[bytes.length - 1] ^= 1;
		Files.write(images, bytes);
		assertNotEquals(before, fashion());
	}

	private String fashion() throws DataException {
		return new FashionMnistDataset(new FashionMnistFiles(root), 3, 28, 1, List.of(GarmentRendering.values()), 5, 5)
				.fingerprint();
	}

	@Test
	void tileSourcesChangeWithTileBytesAndLabels() throws Exception {
		TileKey a = new TileKey(1, 0, 0);
		TileKey b = new TileKey(1, 1, 0);
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, Map.of(a, TestTiles.png(8, 0x102030), b, TestTiles.png(8, 0x405060)));
		TestTiles.folder(two, Map.of(a, TestTiles.png(8, 0x708090), b, TestTiles.png(8, 0xA0B0C0)));
		Path csv = root.resolve("labels.csv");
		Files.writeString(csv, "1,0,0,x\n");
		List<TileSource> sources = List.of(new FolderTileSource(one), new FolderTileSource(two));
		String before = TileSourceDataset.open(List.of("a", "b"), sources, csv, 1, 8, 3, 1, 1).fingerprint();
		assertEquals(before, TileSourceDataset.open(List.of("a", "b"), sources, csv, 1, 8, 3, 1, 1).fingerprint());

		Files.writeString(csv, "1,0,0,y\n");
		String relabelled = TileSourceDataset.open(List.of("a", "b"), sources, csv, 1, 8, 3, 1, 1).fingerprint();
		assertNotEquals(before, relabelled);

		TestTiles.folder(two, Map.of(b, TestTiles.png(8, 0xA0B0C1)));
		assertNotEquals(relabelled, TileSourceDataset.open(List.of("a", "b"), sources, csv, 1, 8, 3, 1, 1).fingerprint());
	}
}
