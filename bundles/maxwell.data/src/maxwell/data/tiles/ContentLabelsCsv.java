package maxwell.data.tiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import maxwell.data.api.DataException;

/**
 * Optional content labels of tile sources: lines {@code z,x,y,label}; a first line starting with
 * {@code z} is a header, {@code #} starts a comment. Classes are the distinct labels, sorted.
 */
public final class ContentLabelsCsv {

	private final Map<TileKey, String> labels;
	private final List<String> classes;
	private final byte[] bytes;

	private ContentLabelsCsv(Map<TileKey, String> labels, byte[] bytes) {
		this.labels = labels;
		this.classes = List.copyOf(new TreeSet<>(labels.values()));
		this.bytes = bytes;
	}

	public static ContentLabelsCsv read(Path file) throws DataException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DataException(file, Files.exists(file) ? "cannot read: " + e.getMessage() : "no such file", e);
		}
		Map<TileKey, String> labels = new HashMap<>();
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase().startsWith("z"))) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 4 || cells[3].isBlank()) {
				throw new DataException(file, "line " + (i + 1) + ": expected z,x,y,label but found '" + line + "'");
			}
			try {
				TileKey key = new TileKey(Integer.parseInt(cells[0].strip()), Integer.parseInt(cells[1].strip()),
						Integer.parseInt(cells[2].strip()));
				if (labels.put(key, cells[3].strip()) != null) {
					throw new DataException(file, "line " + (i + 1) + ": tile " + key + " is labelled twice");
				}
			} catch (NumberFormatException e) {
				throw new DataException(file, "line " + (i + 1) + ": z, x and y must be whole numbers in '" + line + "'");
			}
		}
		return new ContentLabelsCsv(labels, bytes);
	}

	public List<String> classes() {
		return classes;
	}

	/** @return the class number of the tile, or -1 when the CSV does not label it */
	public int label(TileKey key) {
		String label = labels.get(key);
		return label == null ? -1 : classes.indexOf(label);
	}

	public byte[] bytes() {
		return bytes.clone();
	}
}
