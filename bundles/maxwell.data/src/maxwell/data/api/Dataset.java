package maxwell.data.api;

import java.util.List;

/**
 * Every image a model in Maxwell sees. A dataset is a set of <em>items</em> (a place, a garment)
 * each rendered by every <em>domain</em> (a tile source, a rendering); one rendering of one item is
 * a <em>sample</em>. Sample {@code s} is item {@code s / domainCount()} in domain
 * {@code s % domainCount()}, so the renderings of one item sit next to each other.
 * <p>
 * Implementations are safe for concurrent readers; images are produced on demand (and cached where
 * that is cheap), so nothing copies the whole dataset per epoch.
 */
public interface Dataset {

	/** What kind of data this is, for messages, e.g. {@code synthetic map tiles}. */
	String description();

	ImageShape shape();

	int itemCount();

	/** Domain names, in domain-label order. */
	List<String> domains();

	default int domainCount() {
		return domains().size();
	}

	default int size() {
		return itemCount() * domainCount();
	}

	default int sample(int item, int domain) {
		return item * domainCount() + domain;
	}

	default int itemOf(int sample) {
		return sample / domainCount();
	}

	default int domainLabel(int sample) {
		return sample % domainCount();
	}

	/**
	 * Writes the sample's pixels, floats in [0, 1] in CHW order ({@link ImageShape}), into
	 * {@code into[offset .. offset + shape().length())}.
	 */
	void image(int sample, float[] into, int offset);

	/** Names of the content classes, in content-label order. */
	List<String> contentClasses();

	/** @return the content class of the sample's item, or -1 where the data has no label for it */
	int contentLabel(int sample);

	/** Names of the ground-truth content factors; empty where the data has none. */
	List<String> factorNames();

	/** @return the ground-truth content factors of the sample's item (a copy), or null where there are none */
	float[] contentFactors(int sample);

	/** The same string for every rendering of one item (a z/x/y address, a layout number, a garment number). */
	String pairingKey(int sample);

	/** The train and probe items; the same item (hence the same place) is never in both. */
	Split split();

	/**
	 * SHA-256 (hex) of everything that determines the samples: the kind, the parameters, the seed
	 * and, for data read from files, the bytes read. Equal fingerprints mean equal datasets.
	 */
	String fingerprint();
}
