package maxwell.data.tiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import javax.imageio.ImageIO;

import maxwell.data.api.DataException;
import maxwell.data.api.ItemSplits;
import maxwell.data.api.RenderedDataset;
import maxwell.data.api.Split;
import maxwell.data.image.RgbImage;
import maxwell.data.io.Fingerprint;

/**
 * The user's own tiles: one domain per source, one item per address present in every source.
 * <p>
 * Every paired tile is decoded when the dataset is opened, so an unreadable tile is reported at
 * once and not in the middle of training. Tiles are scaled to the experiment's size; what must
 * hold is that all tiles of one source have one square size (a mix means mixed zoom levels or
 * retina tiles and would scale places differently), otherwise the odd tile is reported.
 */
public final class TileSourceDataset extends RenderedDataset {

	private final List<TileKey> keys;
	private final RgbImage[][] images; // [item][domain]
	private final ContentLabelsCsv labels;
	private final long seed;
	private final int trainSize;
	private final int probeSize;
	private final TilePairing pairing;
	private final String fingerprint;

	private TileSourceDataset(List<String> names, TilePairing pairing, RgbImage[][] images, ContentLabelsCsv labels,
			long seed, int size, int channels, int trainSize, int probeSize, String fingerprint) {
		super(pairing.paired().size(), size, channels, names);
		this.keys = pairing.paired();
		this.pairing = pairing;
		this.images = images;
		this.labels = labels;
		this.seed = seed;
		this.trainSize = trainSize;
		this.probeSize = probeSize;
		this.fingerprint = fingerprint;
	}

	/**
	 * @param labelsFile optional CSV of content labels (null for none)
	 */
	public static TileSourceDataset open(List<String> names, List<TileSource> sources, Path labelsFile, long seed,
			int size, int channels, int trainSize, int probeSize) throws DataException {
		List<SortedMap<TileKey, byte[]>> tiles = new ArrayList<>();
		for (TileSource source : sources) {
			tiles.add(source.tiles());
		}
		TilePairing pairing = TilePairing.of(sources, tiles);
		ContentLabelsCsv labels = labelsFile == null ? null : ContentLabelsCsv.read(labelsFile);
		Fingerprint print = new Fingerprint("tile sources").add("seed", seed).add("size", size).add("channels", channels)
				.add("train", trainSize).add("probe", probeSize);
		RgbImage[][] images = new RgbImage[pairing.paired().size()][sources.size()];
		for (int d = 0; d < sources.size(); d++) {
			print.add("source", names.get(d));
			int[] sourceSize = null;
			TileKey first = null;
			for (int i = 0; i < images.length; i++) {
				TileKey key = pairing.paired().get(i);
				byte[] encoded = tiles.get(d).get(key);
				print.add("tile", key).addBytes("bytes", encoded);
				BufferedImage decoded = decode(sources.get(d), key, encoded);
				if (decoded.getWidth() != decoded.getHeight()) {
					throw new DataException(Path.of(sources.get(d).describe(key)),
							"tile is " + decoded.getWidth() + "×" + decoded.getHeight() + " pixels; tiles must be square");
				}
				if (sourceSize == null) {
					sourceSize = new int[] { decoded.getWidth(), decoded.getHeight() };
					first = key;
				} else if (decoded.getWidth() != sourceSize[0]) {
					throw new DataException(Path.of(sources.get(d).describe(key)), "tile is " + decoded.getWidth() + "×"
							+ decoded.getHeight() + " pixels but tile " + first + " of the same source is " + sourceSize[0]
							+ "×" + sourceSize[1] + ": one source must have one tile size");
				}
				images[i][d] = RgbImage.of(decoded, size);
			}
		}
		if (labels != null) {
			print.addBytes("labels", labels.bytes());
		}
		return new TileSourceDataset(names, pairing, images, labels, seed, size, channels, trainSize, probeSize, print.hex());
	}

	private static BufferedImage decode(TileSource source, TileKey key, byte[] encoded) throws DataException {
		try {
			BufferedImage image = encoded.length == 0 ? null : ImageIO.read(new ByteArrayInputStream(encoded));
			if (image == null) {
				throw new DataException(Path.of(source.describe(key)), "unreadable image: not a PNG or JPEG ImageIO can decode");
			}
			return image;
		} catch (IOException | RuntimeException e) {
			throw new DataException(Path.of(source.describe(key)), "unreadable image: " + e.getMessage(), e);
		}
	}

	/** A folder is a folder source; anything else is taken to be an MBTiles file. */
	public static TileSource sourceAt(Path location) {
		return Files.isDirectory(location) ? new FolderTileSource(location) : new MbTilesSource(location);
	}

	public TilePairing pairing() {
		return pairing;
	}

	public TileKey key(int item) {
		return keys.get(item);
	}

	@Override
	protected RgbImage[] render(int item) {
		return images[item];
	}

	@Override
	public String description() {
		return "tile sources";
	}

	@Override
	public List<String> contentClasses() {
		return labels == null ? List.of() : labels.classes();
	}

	@Override
	public int contentLabel(int sample) {
		return labels == null ? -1 : labels.label(keys.get(itemOf(sample)));
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
		return keys.get(itemOf(sample)).toString();
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
