package maxwell.data.fashion;

import java.util.List;

import maxwell.data.api.DataException;
import maxwell.data.api.RenderedDataset;
import maxwell.data.api.Seeds;
import maxwell.data.api.Split;
import maxwell.data.api.Subset;
import maxwell.data.api.ItemSplits;
import maxwell.data.image.RgbImage;
import maxwell.data.io.Fingerprint;

/**
 * Fashion-MNIST garments in several renderings. The training items are drawn (seeded) from the
 * 60,000 training images and the probe items from the 10,000 test images, so train and probe can
 * never share a garment. Item numbers run over the chosen training garments first, then the
 * probe garments.
 */
public final class FashionMnistDataset extends RenderedDataset {

	static final int RENDERER_VERSION = 1;

	private final long seed;
	private final int size;
	private final List<GarmentRendering> renderings;
	private final FashionMnistFiles.Part train;
	private final FashionMnistFiles.Part test;
	private final int[] trainChosen;
	private final int[] testChosen;
	private final String fingerprint;

	public FashionMnistDataset(FashionMnistFiles files, long seed, int size, int channels,
			List<GarmentRendering> renderings, int trainSize, int probeSize) throws DataException {
		this(files, files.train(), files.test(), seed, size, channels, renderings, trainSize, probeSize);
	}

	private FashionMnistDataset(FashionMnistFiles files, FashionMnistFiles.Part train, FashionMnistFiles.Part test,
			long seed, int size, int channels, List<GarmentRendering> renderings, int trainSize, int probeSize)
			throws DataException {
		super(Math.min(trainSize, train.labels().length) + Math.min(probeSize, test.labels().length), size, channels,
				renderings.stream().map(GarmentRendering::label).toList());
		this.seed = seed;
		this.size = size;
		this.renderings = List.copyOf(renderings);
		this.train = train;
		this.test = test;
		this.trainChosen = ItemSplits.choose(train.labels().length, trainSize, Seeds.mix(seed, 0x7A11L));
		this.testChosen = ItemSplits.choose(test.labels().length, probeSize, Seeds.mix(seed, 0x7E57L));
		Fingerprint print = new Fingerprint("fashion-mnist").add("renderer", RENDERER_VERSION).add("seed", seed)
				.add("size", size).add("channels", channels).add("train", trainSize).add("probe", probeSize);
		renderings.forEach(r -> print.add("rendering", r.label()));
		files.addTo(print);
		this.fingerprint = print.hex();
	}

	private boolean isTrain(int item) {
		return item < trainChosen.length;
	}

	private FashionMnistFiles.Part partOf(int item) {
		return isTrain(item) ? train : test;
	}

	/** Index of the item's image within its IDX file. */
	public int imageIndex(int item) {
		return isTrain(item) ? trainChosen[item] : testChosen[item - trainChosen.length];
	}

	@Override
	protected RgbImage[] render(int item) {
		int[] grey = grey(partOf(item).images(), imageIndex(item));
		RgbImage[] images = new RgbImage[renderings.size()];
		for (int d = 0; d < images.length; d++) {
			GarmentRendering rendering = renderings.get(d);
			images[d] = new RgbImage(size);
			rendering.render(grey, size, Seeds.mix(Seeds.mix(seed, item), rendering.ordinal()), images[d]);
		}
		return images;
	}

	/** The garment at the experiment's size (area-averaged or bilinear when it is not 28 px). */
	private int[] grey(IdxImages images, int index) {
		int rows = images.rows(), columns = images.columns();
		RgbImage native_ = new RgbImage(Math.max(rows, columns));
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < columns; x++) {
				int v = images.pixel(index, y, x);
				native_.set(x, y, v, v, v);
			}
		}
		RgbImage scaled = native_.size() == size ? native_ : RgbImage.of(native_.toBufferedImage(), size);
		int[] grey = new int[size * size];
		for (int p = 0; p < grey.length; p++) {
			grey[p] = scaled.red(p % size, p / size);
		}
		return grey;
	}

	@Override
	public String description() {
		return "multi-domain Fashion-MNIST";
	}

	@Override
	public List<String> contentClasses() {
		return FashionMnistFiles.CLASSES;
	}

	@Override
	public int contentLabel(int sample) {
		int item = itemOf(sample);
		return partOf(item).labels()[imageIndex(item)] & 0xFF;
	}

	@Override
	public List<String> factorNames() {
		return List.of();
	}

	@Override
	public float[] contentFactors(int sample) {
		return null;
	}

	@Override
	public String pairingKey(int sample) {
		int item = itemOf(sample);
		return (isTrain(item) ? "train/" : "t10k/") + imageIndex(item);
	}

	@Override
	protected Split computeSplit() {
		int[] trainItems = new int[trainChosen.length];
		int[] probeItems = new int[testChosen.length];
		for (int i = 0; i < trainItems.length; i++) {
			trainItems[i] = i;
		}
		for (int i = 0; i < probeItems.length; i++) {
			probeItems[i] = trainChosen.length + i;
		}
		return new Split(new Subset(this, trainItems), new Subset(this, probeItems));
	}

	@Override
	public String fingerprint() {
		return fingerprint;
	}
}
