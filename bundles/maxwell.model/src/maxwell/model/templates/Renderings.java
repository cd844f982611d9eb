package maxwell.model.templates;

import java.util.List;

import maxwell.model.DatasetKind;

/**
 * The renderers each generated dataset kind offers for its domains. Validation warns about others
 * (a typo would otherwise surface only when a run starts); the data bundle implements these names.
 */
public final class Renderings {

	public static final List<String> MAP_TILES = List.of("satellite", "street", "sketch", "night");
	public static final List<String> FASHION_MNIST = List.of("original", "inverted", "tinted", "edges", "textured");

	private Renderings() {
	}

	/** @return the renderings of a generated kind; empty for TILE_SOURCES, whose domains are read, not rendered */
	public static List<String> of(DatasetKind kind) {
		return switch (kind) {
			case SYNTHETIC_MAP_TILES -> MAP_TILES;
			case FASHION_MNIST -> FASHION_MNIST;
			case TILE_SOURCES -> List.of();
		};
	}
}
