package maxwell.data.spec;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.fashion.FashionMnistDataset;
import maxwell.data.fashion.FashionMnistFiles;
import maxwell.data.fashion.GarmentRendering;
import maxwell.data.maptiles.MapSource;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;
import maxwell.data.tiles.TileSource;
import maxwell.data.tiles.TileSourceDataset;
import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.Experiment;

/**
 * Opens the dataset an experiment describes. {@code trainSize} and {@code probeSize} count
 * <em>items</em> (places, garments); each item is seen in every domain, so the training set has
 * {@code trainSize × domains} images. Relative paths in the experiment are resolved against the
 * experiment file's folder.
 */
public final class Datasets {

	private Datasets() {
	}

	/**
	 * @param experimentFile the experiment's file, for messages and relative paths (may be null:
	 *                       then paths resolve against the working directory)
	 */
	public static Dataset open(Experiment experiment, Path experimentFile) throws DataException {
		Path shown = experimentFile == null ? Paths.get("experiment") : experimentFile;
		if (experiment.getData() == null) {
			throw new DataException(shown, "the experiment has no dataset");
		}
		return open(experiment.getData(), experiment.getSeed(), shown, base(experimentFile));
	}

	public static Dataset open(DatasetSpec spec, long seed, Path shown, Path base) throws DataException {
		int size = spec.getImageSize();
		int channels = spec.getChannels();
		if (size < 1 || (channels != 1 && channels != 3)) {
			throw new DataException(shown, "the dataset needs an image size of at least 1 and 1 or 3 channels (has "
					+ size + " px, " + channels + " channels)");
		}
		if (spec.getDomains().isEmpty()) {
			throw new DataException(shown, "the dataset has no domains");
		}
		return switch (spec.getKind()) {
			case SYNTHETIC_MAP_TILES -> new MapTileDataset(seed, size, channels, mapSources(spec, shown),
					spec.getTrainSize(), spec.getProbeSize());
			case FASHION_MNIST -> new FashionMnistDataset(new FashionMnistFiles(fashionFolder(spec, base)), seed, size,
					channels, garmentRenderings(spec, shown), spec.getTrainSize(), spec.getProbeSize());
			case TILE_SOURCES -> tileSources(spec, seed, shown, base);
		};
	}

	private static List<MapSource> mapSources(DatasetSpec spec, Path shown) throws DataException {
		List<MapSource> sources = new ArrayList<>();
		for (Domain domain : spec.getDomains()) {
			String rendering = renderingOf(domain);
			sources.add(MapSources.named(rendering).orElseThrow(() -> new DataException(shown, "domain '"
					+ domain.getName() + "': unknown map tile rendering '" + rendering + "' (known: "
					+ String.join(", ", MapSources.ALL.stream().map(MapSource::name).toList()) + ")")));
		}
		return sources;
	}

	private static List<GarmentRendering> garmentRenderings(DatasetSpec spec, Path shown) throws DataException {
		List<GarmentRendering> renderings = new ArrayList<>();
		for (Domain domain : spec.getDomains()) {
			String rendering = renderingOf(domain);
			renderings.add(GarmentRendering.named(rendering).orElseThrow(() -> new DataException(shown, "domain '"
					+ domain.getName() + "': unknown Fashion-MNIST rendering '" + rendering + "' (known: "
					+ String.join(", ", java.util.Arrays.stream(GarmentRendering.values()).map(GarmentRendering::label).toList())
					+ ")")));
		}
		return renderings;
	}

	/** A domain without a rendering is drawn the way its name says. */
	private static String renderingOf(Domain domain) {
		String rendering = domain.getRendering();
		return rendering == null || rendering.isBlank() ? domain.getName() : rendering;
	}

	private static Path fashionFolder(DatasetSpec spec, Path base) {
		String location = spec.getDataLocation();
		return location == null || location.isBlank() ? FashionMnistFiles.DEFAULT_FOLDER : resolve(base, location);
	}

	private static Dataset tileSources(DatasetSpec spec, long seed, Path shown, Path base) throws DataException {
		List<String> names = new ArrayList<>();
		List<TileSource> sources = new ArrayList<>();
		for (Domain domain : spec.getDomains()) {
			if (domain.getLocation() == null || domain.getLocation().isBlank()) {
				throw new DataException(shown, "domain '" + domain.getName() + "' names no tile folder or .mbtiles file");
			}
			names.add(domain.getName());
			sources.add(TileSourceDataset.sourceAt(resolve(base, domain.getLocation())));
		}
		String labels = spec.getContentLabels();
		Path labelsFile = labels == null || labels.isBlank() ? null : resolve(base, labels);
		return TileSourceDataset.open(names, sources, labelsFile, seed, spec.getImageSize(), spec.getChannels(),
				spec.getTrainSize(), spec.getProbeSize());
	}

	private static Path base(Path experimentFile) {
		Path parent = experimentFile == null ? null : experimentFile.toAbsolutePath().getParent();
		return parent == null ? Paths.get("").toAbsolutePath() : parent;
	}

	private static Path resolve(Path base, String location) {
		return base.resolve(location.startsWith("~/") ? System.getProperty("user.home") + location.substring(1) : location);
	}
}
