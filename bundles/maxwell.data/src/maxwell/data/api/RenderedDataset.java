package maxwell.data.api;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import maxwell.data.image.RgbImage;

/**
 * Base of datasets whose samples are 8-bit RGB images made on first use (generated, decoded or
 * re-rendered) and then kept, so the second epoch costs a conversion to floats and nothing more.
 */
public abstract class RenderedDataset implements Dataset {

	private final ImageShape shape;
	private final List<String> domains;
	private final AtomicReferenceArray<RgbImage> cache;
	private volatile Split split;

	protected RenderedDataset(int itemCount, int imageSize, int channels, List<String> domains) {
		this.shape = new ImageShape(channels, imageSize, imageSize);
		this.domains = List.copyOf(domains);
		this.cache = new AtomicReferenceArray<>(itemCount * domains.size());
	}

	/** Makes every domain's image of one item (items are rendered together because they share work). */
	protected abstract RgbImage[] render(int item);

	@Override
	public final ImageShape shape() {
		return shape;
	}

	@Override
	public final int itemCount() {
		return cache.length() / domains.size();
	}

	@Override
	public final List<String> domains() {
		return domains;
	}

	/** The sample as 8-bit RGB, rendered now if it was not yet. */
	public final RgbImage rgb(int sample) {
		RgbImage image = cache.get(sample);
		if (image == null) {
			int item = itemOf(sample);
			RgbImage[] all = render(item);
			for (int d = 0; d < all.length; d++) {
				cache.compareAndSet(sample(item, d), null, all[d]);
			}
			image = cache.get(sample);
		}
		return image;
	}

	@Override
	public final void image(int sample, float[] into, int offset) {
		rgb(sample).toFloats(shape.channels(), into, offset);
	}

	@Override
	public final Split split() {
		Split result = split;
		if (result == null) {
			result = split = computeSplit();
		}
		return result;
	}

	protected abstract Split computeSplit();
}
