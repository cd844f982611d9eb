package maxwell.data.maptiles;

import java.util.List;

import maxwell.data.api.ItemSplits;
import maxwell.data.api.RenderedDataset;
import maxwell.data.api.Seeds;
import maxwell.data.api.Split;
import maxwell.data.image.RgbImage;
import maxwell.data.io.Fingerprint;

/**
 * Generated map tiles: item {@code i} is the layout drawn from {@code (seed, i)}, rendered by each
 * source. Nothing is read from disk; the fingerprint is a hash of the parameters alone.
 */
public final class MapTileDataset extends RenderedDataset {

	/** Bump when the generator or a source changes its output, so old fingerprints stop matching. */
	static final int GENERATOR_VERSION = 1;

	private final long seed;
	private final int size;
	private final int trainSize;
	private final int probeSize;
	private final List<MapSource> sources;
	private final String fingerprint;
	/** Labels and factors per item, kept once known: batches ask for them far more often than for layouts. */
	private final java.util.concurrent.atomic.AtomicReferenceArray<Truth> known;

	private record Truth(int label, float[] factors) {
		Truth(TileLayout layout) {
			this(layout.contentClass().ordinal(), layout.factors());
		}
	}

	public MapTileDataset(long seed, int size, int channels, List<MapSource> sources, int trainSize, int probeSize) {
		super(trainSize + probeSize, size, channels, sources.stream().map(MapSource::name).toList());
		this.seed = seed;
		this.size = size;
		this.trainSize = trainSize;
		this.probeSize = probeSize;
		this.sources = List.copyOf(sources);
		Fingerprint print = new Fingerprint("synthetic map tiles").add("generator", GENERATOR_VERSION).add("seed", seed)
				.add("size", size).add("channels", channels).add("train", trainSize).add("probe", probeSize);
		sources.forEach(s -> print.add("source", s.name()));
		this.fingerprint = print.hex();
		this.known = new java.util.concurrent.atomic.AtomicReferenceArray<>(trainSize + probeSize);
	}

	/** The layout of an item: what every source draws for it. */
	public TileLayout layout(int item) {
		return LayoutGenerator.generate(itemSeed(item), size);
	}

	private long itemSeed(int item) {
		return Seeds.mix(seed, item);
	}

	@Override
	protected RgbImage[] render(int item) {
		TileLayout layout = layout(item);
		known.compareAndSet(item, null, new Truth(layout));
		RgbImage[] images = new RgbImage[sources.size()];
		for (int d = 0; d < images.length; d++) {
			MapSource source = sources.get(d);
			images[d] = new RgbImage(size);
			source.render(layout, Seeds.mix(itemSeed(item), source.name().hashCode()), images[d]);
		}
		return images;
	}

	@Override
	public String description() {
		return "synthetic map tiles";
	}

	@Override
	public List<String> contentClasses() {
		return ContentClass.NAMES;
	}

	@Override
	public int contentLabel(int sample) {
		return truth(itemOf(sample)).label();
	}

	@Override
	public List<String> factorNames() {
		return TileLayout.FACTOR_NAMES;
	}

	@Override
	public float[] contentFactors(int sample) {
		return truth(itemOf(sample)).factors().clone();
	}

	private Truth truth(int item) {
		Truth truth = known.get(item);
		if (truth == null) {
			known.compareAndSet(item, null, new Truth(layout(item)));
			truth = known.get(item);
		}
		return truth;
	}

	@Override
	public String pairingKey(int sample) {
		return "layout-" + itemOf(sample);
	}

	@Override
	protected Split computeSplit() {
		return ItemSplits.of(this, trainSize, probeSize, seed);
	}

	@Override
	public String fingerprint() {
		return fingerprint;
	}
}
