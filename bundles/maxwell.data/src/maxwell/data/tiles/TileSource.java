package maxwell.data.tiles;

import java.nio.file.Path;
import java.util.SortedMap;

import maxwell.data.api.DataException;

/** The user's tiles of one source, read and never written. */
public interface TileSource {

	/** The folder or MBTiles file, for messages. */
	Path location();

	/**
	 * Every tile of the source with its encoded bytes (PNG or JPEG), by address.
	 *
	 * @throws DataException when the source cannot be read or holds no tile at all
	 */
	SortedMap<TileKey, byte[]> tiles() throws DataException;

	/** Where one tile lives, for messages about it: a file, or the MBTiles file and the address. */
	String describe(TileKey key);
}
