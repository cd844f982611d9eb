package maxwell.data.maptiles;

import java.util.List;
import java.util.Optional;

/** The sources that can render a generated map tile, by rendering name. */
public final class MapSources {

	public static final List<MapSource> ALL = List.of(new SatelliteSource(), new StreetMapSource(), new SketchSource(),
			new NightSource());

	private MapSources() {
	}

	public static Optional<MapSource> named(String name) {
		return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
	}
}
