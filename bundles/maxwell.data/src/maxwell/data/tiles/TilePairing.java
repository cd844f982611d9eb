package maxwell.data.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import maxwell.data.api.DataException;

/**
 * The addresses every source has. Tiles only some sources have cannot be shown in every domain, so
 * they are skipped and reported per source.
 */
public final class TilePairing {

	/** What one source has that not every other source has. */
	public record Unpaired(TileSource source, int count, List<TileKey> examples) {

		@Override
		public String toString() {
			return source.location() + ": " + count + " tile" + (count == 1 ? "" : "s") + " not in every source, skipped (e.g. "
					+ examples.stream().map(TileKey::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")";
		}
	}

	private final List<TileKey> paired;
	private final List<Unpaired> unpaired;

	private TilePairing(List<TileKey> paired, List<Unpaired> unpaired) {
		this.paired = paired;
		this.unpaired = unpaired;
	}

	/** @throws DataException when no address is in every source */
	public static TilePairing of(List<TileSource> sources, List<SortedMap<TileKey, byte[]>> tiles) throws DataException {
		SortedSet<TileKey> common = new TreeSet<>(tiles.get(0).keySet());
		for (SortedMap<TileKey, byte[]> t : tiles) {
			common.retainAll(t.keySet());
		}
		if (common.isEmpty()) {
			throw new DataException(sources.get(0).location(), "no tile address (z/x/y) is in every source: "
					+ sources.stream().map(s -> s.location().toString()).reduce((a, b) -> a + ", " + b).orElse(""));
		}
		List<Unpaired> unpaired = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			List<TileKey> extra = tiles.get(i).keySet().stream().filter(k -> !common.contains(k)).toList();
			if (!extra.isEmpty()) {
				unpaired.add(new Unpaired(sources.get(i), extra.size(), extra.subList(0, Math.min(3, extra.size()))));
			}
		}
		return new TilePairing(List.copyOf(common), List.copyOf(unpaired));
	}

	/** Addresses in every source, sorted. */
	public List<TileKey> paired() {
		return paired;
	}

	public List<Unpaired> unpaired() {
		return unpaired;
	}
}
