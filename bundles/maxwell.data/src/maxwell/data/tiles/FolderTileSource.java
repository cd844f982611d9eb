package maxwell.data.tiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import maxwell.data.api.DataException;

/** Tiles in a folder laid out {@code z/x/y.png} (or {@code .jpg}/{@code .jpeg}); other files are ignored. */
public final class FolderTileSource implements TileSource {

	private final Path folder;
	private final SortedMap<TileKey, Path> files = new TreeMap<>();

	public FolderTileSource(Path folder) {
		this.folder = folder;
	}

	@Override
	public Path location() {
		return folder;
	}

	@Override
	public SortedMap<TileKey, byte[]> tiles() throws DataException {
		if (!Files.isDirectory(folder)) {
			throw new DataException(folder, Files.exists(folder) ? "not a folder or an .mbtiles file" : "no such folder");
		}
		SortedMap<TileKey, byte[]> tiles = new TreeMap<>();
		try {
			for (Path zDir : numbered(folder)) {
				for (Path xDir : numbered(zDir)) {
					try (DirectoryStream<Path> ys = Files.newDirectoryStream(xDir)) {
						for (Path file : ys) {
							Integer y = tileRow(file);
							if (y != null && Files.isRegularFile(file)) {
								TileKey key = new TileKey(number(zDir), number(xDir), y);
								files.put(key, file);
								tiles.put(key, Files.readAllBytes(file));
							}
						}
					}
				}
			}
		} catch (IOException e) {
			throw new DataException(folder, "cannot read: " + e.getMessage(), e);
		}
		if (tiles.isEmpty()) {
			throw new DataException(folder, "empty source: no tile files laid out as z/x/y.png or z/x/y.jpg");
		}
		return tiles;
	}

	@Override
	public String describe(TileKey key) {
		Path file = files.get(key);
		return file != null ? file.toString() : folder + " tile " + key;
	}

	private static Iterable<Path> numbered(Path dir) throws IOException {
		java.util.List<Path> result = new java.util.ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path entry : entries) {
				if (Files.isDirectory(entry) && entry.getFileName().toString().matches("\\d{1,9}")) {
					result.add(entry);
				}
			}
		}
		return result;
	}

	private static int number(Path dir) {
		return Integer.parseInt(dir.getFileName().toString());
	}

	private static Integer tileRow(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		if (dot < 1) {
			return null;
		}
		String extension = name.substring(dot + 1);
		String stem = name.substring(0, dot);
		if (!(extension.equals("png") || extension.equals("jpg") || extension.equals("jpeg")) || !stem.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.parseInt(stem);
	}
}
