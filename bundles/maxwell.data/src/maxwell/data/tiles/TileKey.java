package maxwell.data.tiles;

/** A tile address in the XYZ ("slippy map") scheme; the pairing key of tile sources. */
public record TileKey(int z, int x, int y) implements Comparable<TileKey> {

	@Override
	public int compareTo(TileKey o) {
		return z != o.z ? Integer.compare(z, o.z) : x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
	}

	@Override
	public String toString() {
		return z + "/" + x + "/" + y;
	}
}
