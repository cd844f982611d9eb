package maxwell.data.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import maxwell.data.api.DataException;

/**
 * Tiles in an MBTiles file (SQLite, table {@code tiles(zoom_level, tile_column, tile_row, tile_data)}).
 * MBTiles counts rows from the south (TMS); they are flipped to XYZ so an MBTiles source pairs with
 * a folder source of the same area. The file is opened read-only.
 */
public final class MbTilesSource implements TileSource {

	private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final Path file;

	public MbTilesSource(Path file) {
		this.file = file;
	}

	@Override
	public Path location() {
		return file;
	}

	@Override
	public SortedMap<TileKey, byte[]> tiles() throws DataException {
		checkIsSqlite();
		SortedMap<TileKey, byte[]> tiles = new TreeMap<>();
		// The driver is called directly, not through DriverManager, whose service lookup does not see OSGi bundles.
		try (Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly())) {
			if (!hasTilesTable(connection)) {
				throw new DataException(file, "not an MBTiles file: it has no 'tiles' table");
			}
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")) {
				while (rows.next()) {
					int z = rows.getInt(1);
					int x = rows.getInt(2);
					int y = (1 << z) - 1 - rows.getInt(3);
					byte[] data = rows.getBytes(4);
					tiles.put(new TileKey(z, x, y), data == null ? new byte[0] : data);
				}
			}
		} catch (SQLException e) {
			throw new DataException(file, "cannot read the MBTiles database: " + e.getMessage(), e);
		}
		if (tiles.isEmpty()) {
			throw new DataException(file, "empty source: the 'tiles' table has no rows");
		}
		return tiles;
	}

	/** SQLite would report a foreign file only at the first query, with a vague message; the header says it at once. */
	private void checkIsSqlite() throws DataException {
		if (!Files.isRegularFile(file)) {
			throw new DataException(file, Files.exists(file) ? "not a file" : "no such file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(SQLITE_HEADER.length);
			if (!Arrays.equals(head, SQLITE_HEADER)) {
				throw new DataException(file, "not an MBTiles file: it is not an SQLite database");
			}
		} catch (IOException e) {
			throw new DataException(file, "cannot read: " + e.getMessage(), e);
		}
	}

	private static boolean hasTilesTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT count(*) FROM sqlite_master WHERE name = 'tiles' AND type IN ('table', 'view')")) {
			return rows.next() && rows.getInt(1) > 0;
		}
	}

	private static java.util.Properties readOnly() {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		config.setOpenMode(SQLiteOpenMode.READONLY);
		return config.toProperties();
	}

	@Override
	public String describe(TileKey key) {
		return file + " tile " + key;
	}
}
