package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.data.api.DataException;
import maxwell.data.tiles.FolderTileSource;
import maxwell.data.tiles.MbTilesSource;
import maxwell.data.tiles.TileKey;
import maxwell.data.tiles.TileSource;
import maxwell.data.tiles.TileSourceDataset;

class TileSourcesTest {

	@TempDir
	Path root;

	/** Colour of a tile derived from its address, so a decoded tile tells where it came from. */
	private static int colour(TileKey key, int source) {
		return (40 * key.x() + 10 * source) << 16 | (40 * key.y()) << 8 | 20 * key.z();
	}

	private Map<TileKey, byte[]> tiles(int source, int size, TileKey... keys) throws Exception {
		Map<TileKey, byte[]> tiles = new TreeMap<>();
		for (TileKey key : keys) {
			tiles.put(key, TestTiles.png(size, colour(key, source)));
		}
		return tiles;
	}

	private static final TileKey A = new TileKey(3, 1, 2);
	private static final TileKey B = new TileKey(3, 2, 2);
	private static final TileKey C = new TileKey(3, 4, 5);
	private static final TileKey D = new TileKey(2, 1, 0);

	private TileSourceDataset open(List<TileSource> sources, Path labels) throws DataException {
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			names.add("source" + i);
		}
		return TileSourceDataset.open(names, sources, labels, 42, 16, 3, 10, 2);
	}

	@Test
	void aFolderAndAnMbTilesFilePairByAddress() throws Exception {
		Path folder = root.resolve("street");
		TestTiles.folder(folder, tiles(0, 256, A, B, C));
		Path mbtiles = root.resolve("photo.mbtiles");
		TestTiles.mbtiles(mbtiles, tiles(1, 512, A, B, D));
		FileSnapshot before = FileSnapshot.of(root);

		TileSourceDataset data = open(List.of(new FolderTileSource(folder), new MbTilesSource(mbtiles)), null);

		assertEquals(2, data.itemCount(), "A and B are in both sources");
		assertEquals(List.of(A, B), data.pairing().paired());
		assertEquals(2, data.pairing().unpaired().size());
		assertEquals(List.of(C), data.pairing().unpaired().get(0).examples());
		assertEquals(List.of(D), data.pairing().unpaired().get(1).examples());
		for (int item = 0; item < 2; item++) {
			TileKey key = data.key(item);
			assertEquals(key.toString(), data.pairingKey(data.sample(item, 0)));
			assertEquals(key.toString(), data.pairingKey(data.sample(item, 1)));
			for (int source = 0; source < 2; source++) {
				// both tile sizes scaled to the experiment's 16 px; the MBTiles row was flipped back to XYZ
				var image = data.rgb(data.sample(item, source));
				assertEquals(16, image.size());
				int expected = colour(key, source);
				assertEquals(expected >> 16 & 0xFF, image.red(7, 9));
				assertEquals(expected >> 8 & 0xFF, image.green(7, 9));
				assertEquals(expected & 0xFF, image.blue(7, 9));
			}
		}
		assertEquals(-1, data.contentLabel(0));
		assertNull(data.contentFactors(0));
		assertEquals(before, FileSnapshot.of(root), "nothing in the user's sources was written");
	}

	@Test
	void contentLabelsComeFromACsvKeyedByAddress() throws Exception {
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, tiles(0, 32, A, B, C));
		TestTiles.folder(two, tiles(1, 32, A, B, C));
		Path csv = root.resolve("labels.csv");
		Files.writeString(csv, "z,x,y,label\n3,1,2,river\n3,4,5,forest\n");

		TileSourceDataset data = open(List.of(new FolderTileSource(one), new FolderTileSource(two)), csv);

		assertEquals(List.of("forest", "river"), data.contentClasses());
		assertEquals(1, data.contentLabel(data.sample(data.pairing().paired().indexOf(A), 1)));
		assertEquals(-1, data.contentLabel(data.sample(data.pairing().paired().indexOf(B), 0)));
		assertEquals(0, data.contentLabel(data.sample(data.pairing().paired().indexOf(C), 0)));
	}

	@Test
	void aMalformedLabelCsvNamesTheLine() throws Exception {
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, tiles(0, 32, A));
		TestTiles.folder(two, tiles(1, 32, A));
		Path csv = root.resolve("labels.csv");
		Files.writeString(csv, "3,1,2,river\n3,x,5,forest\n");
		DataException e = assertThrows(DataException.class,
				() -> open(List.of(new FolderTileSource(one), new FolderTileSource(two)), csv));
		assertTrue(e.getMessage().startsWith(csv + ": line 2"), e.getMessage());
	}

	@Test
	void aFileThatIsNotSqlite() throws Exception {
		Path fake = root.resolve("fake.mbtiles");
		Files.writeString(fake, "this is not a database, just text that is long enough to look like one");
		FileSnapshot before = FileSnapshot.of(root);
		DataException e = assertThrows(DataException.class, () -> new MbTilesSource(fake).tiles());
		assertTrue(e.getMessage().equals(fake + ": not an MBTiles file: it is not an SQLite database"), e.getMessage());
		assertEquals(before, FileSnapshot.of(root));
	}

	@Test
	void anSqliteFileWithoutATilesTable() throws Exception {
		Path db = root.resolve("empty.mbtiles");
		TestTiles.sqliteWithoutTiles(db);
		FileSnapshot before = FileSnapshot.of(root);
		DataException e = assertThrows(DataException.class, () -> new MbTilesSource(db).tiles());
		assertEquals(db + ": not an MBTiles file: it has no 'tiles' table", e.getMessage());
		assertEquals(before, FileSnapshot.of(root));
	}

	@Test
	void anMbTilesFileWithoutTiles() throws Exception {
		Path db = root.resolve("none.mbtiles");
		TestTiles.mbtiles(db, Map.of());
		DataException e = assertThrows(DataException.class, () -> new MbTilesSource(db).tiles());
		assertTrue(e.getMessage().startsWith(db + ": empty source"), e.getMessage());
	}

	@Test
	void anEmptyFolder() throws Exception {
		Path empty = Files.createDirectory(root.resolve("empty"));
		Files.writeString(empty.resolve("README.txt"), "no tiles here");
		DataException e = assertThrows(DataException.class, () -> new FolderTileSource(empty).tiles());
		assertTrue(e.getMessage().startsWith(empty + ": empty source"), e.getMessage());
	}

	@Test
	void sourcesWithNoTileInCommon() throws Exception {
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, tiles(0, 32, A, B));
		TestTiles.folder(two, tiles(1, 32, C, D));
		DataException e = assertThrows(DataException.class,
				() -> open(List.of(new FolderTileSource(one), new FolderTileSource(two)), null));
		assertTrue(e.getMessage().contains("no tile address (z/x/y) is in every source"), e.getMessage());
		assertTrue(e.getMessage().contains(one.toString()) && e.getMessage().contains(two.toString()), e.getMessage());
	}

	@Test
	void anUnreadablePng() throws Exception {
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, tiles(0, 32, A, B));
		Map<TileKey, byte[]> broken = tiles(1, 32, A, B);
		byte[] png = broken.get(B);
		broken.put(B, java.util.Arrays.copyOf(png, png.length / 3));
		TestTiles.folder(two, broken);
		FileSnapshot before = FileSnapshot.of(root);
		DataException e = assertThrows(DataException.class,
				() -> open(List.of(new FolderTileSource(one), new FolderTileSource(two)), null));
		Path file = two.resolve("3/2/2.png");
		assertTrue(e.getMessage().startsWith(file + ": unreadable image"), e.getMessage());
		assertEquals(1, e.getMessage().lines().count());
		assertEquals(before, FileSnapshot.of(root));
	}

	@Test
	void tilesOfDifferentSizesInOneSource() throws Exception {
		Path one = root.resolve("one");
		Path two = root.resolve("two");
		TestTiles.folder(one, tiles(0, 256, A, B));
		Map<TileKey, byte[]> mixed = tiles(1, 256, A);
		mixed.putAll(tiles(1, 512, B));
		TestTiles.folder(two, mixed);
		DataException e = assertThrows(DataException.class,
				() -> open(List.of(new FolderTileSource(one), new FolderTileSource(two)), null));
		assertTrue(e.getMessage().startsWith(two.resolve("3/2/2.png") + ": tile is 512×512 pixels but tile 3/1/2"),
				e.getMessage());
	}

	@Test
	void aMissingSource() {
		Path missing = root.resolve("missing.mbtiles");
		DataException e = assertThrows(DataException.class, () -> TileSourceDataset.sourceAt(missing).tiles());
		assertEquals(missing + ": no such file", e.getMessage());
	}
}
