package maxwell.data.tests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import javax.imageio.ImageIO;

import maxwell.data.tiles.TileKey;

/** Tile sources built by the tests: PNG tiles in a z/x/y folder or in an MBTiles file. */
final class TestTiles {

	private TestTiles() {
	}

	/** A tile of one flat colour, so a test can tell after decoding and scaling which tile it got. */
	static byte[] png(int size, int rgb) throws IOException {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, rgb);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static void folder(Path folder, Map<TileKey, byte[]> tiles) throws IOException {
		for (Map.Entry<TileKey, byte[]> tile : tiles.entrySet()) {
			TileKey key = tile.getKey();
			Path file = folder.resolve(key.z() + "/" + key.x() + "/" + key.y() + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, tile.getValue());
		}
	}

	/** Rows are stored the MBTiles way, counted from the south (TMS). */
	static void mbtiles(Path file, Map<TileKey, byte[]> tiles) throws SQLException {
		try (Connection db = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, new Properties());
				Statement statement = db.createStatement()) {
			statement.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
			statement.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
			try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
				for (Map.Entry<TileKey, byte[]> tile : tiles.entrySet()) {
					TileKey key = tile.getKey();
					insert.setInt(1, key.z());
					insert.setInt(2, key.x());
					insert.setInt(3, (1 << key.z()) - 1 - key.y());
					insert.setBytes(4, tile.getValue());
					insert.executeUpdate();
				}
			}
		}
	}

	static void sqliteWithoutTiles(Path file) throws SQLException {
		try (Connection db = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, new Properties());
				Statement statement = db.createStatement()) {
			statement.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
		}
	}
}
