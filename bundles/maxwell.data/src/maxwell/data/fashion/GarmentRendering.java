package maxwell.data.fashion;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import maxwell.data.image.RgbImage;

/**
 * One domain of multi-domain Fashion-MNIST: a way of drawing a grey-scale garment. The garment
 * (the content) stays recognisable in every domain; only the look changes.
 */
public enum GarmentRendering {

	/** The garment as photographed: white on black. */
	ORIGINAL("original") {
		@Override
		void draw(int[] grey, int size, SplittableRandom look, RgbImage out) {
			for (int p = 0; p < grey.length; p++) {
				out.set(p % size, p / size, grey[p], grey[p], grey[p]);
			}
		}
	},
	/** A negative: dark garment on white. */
	INVERTED("inverted") {
		@Override
		void draw(int[] grey, int size, SplittableRandom look, RgbImage out) {
			for (int p = 0; p < grey.length; p++) {
				int v = 255 - grey[p];
				out.set(p % size, p / size, v, v, v);
			}
		}
	},
	/** Dyed: the garment in a colour of its own (hue drawn per item), black background. */
	TINTED("tinted") {
		@Override
		void draw(int[] grey, int size, SplittableRandom look, RgbImage out) {
			int rgb = java.awt.Color.HSBtoRGB((float) look.nextDouble(), 0.65f + 0.3f * (float) look.nextDouble(), 1f);
			int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
			for (int p = 0; p < grey.length; p++) {
				out.set(p % size, p / size, grey[p] * r / 255, grey[p] * g / 255, grey[p] * b / 255);
			}
		}
	},
	/** A pen sketch: Sobel edge strength as dark ink on white paper. */
	EDGES("edges") {
		@Override
		void draw(int[] grey, int size, SplittableRandom look, RgbImage out) {
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					int gx = at(grey, size, x + 1, y - 1) + 2 * at(grey, size, x + 1, y) + at(grey, size, x + 1, y + 1)
							- at(grey, size, x - 1, y - 1) - 2 * at(grey, size, x - 1, y) - at(grey, size, x - 1, y + 1);
					int gy = at(grey, size, x - 1, y + 1) + 2 * at(grey, size, x, y + 1) + at(grey, size, x + 1, y + 1)
							- at(grey, size, x - 1, y - 1) - 2 * at(grey, size, x, y - 1) - at(grey, size, x + 1, y - 1);
					int ink = Math.min(255, (int) Math.sqrt(gx * gx + gy * gy) / 2);
					out.set(x, y, 250 - ink * 230 / 255, 248 - ink * 228 / 255, 240 - ink * 210 / 255);
				}
			}
		}
	},
	/** The garment cut out and laid on a striped fabric of random colours, angle and pitch. */
	TEXTURED("textured") {
		@Override
		void draw(int[] grey, int size, SplittableRandom look, RgbImage out) {
			double angle = look.nextDouble() * Math.PI;
			double pitch = size / (4.0 + 5 * look.nextDouble());
			int a = java.awt.Color.HSBtoRGB((float) look.nextDouble(), 0.5f, 0.55f);
			int b = java.awt.Color.HSBtoRGB((float) look.nextDouble(), 0.6f, 0.9f);
			double cos = Math.cos(angle), sin = Math.sin(angle);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					double phase = (x * cos + y * sin) / pitch;
					int stripe = (phase - Math.floor(phase)) < 0.5 ? a : b;
					int p = y * size + x;
					float alpha = Math.min(1f, grey[p] / 96f); // solid garment, soft outline
					out.set(x, y, mix(stripe >> 16 & 0xFF, grey[p], alpha), mix(stripe >> 8 & 0xFF, grey[p], alpha),
							mix(stripe & 0xFF, grey[p], alpha));
				}
			}
		}
	};

	private final String label;

	GarmentRendering(String label) {
		this.label = label;
	}

	/** The rendering name used in experiment files ({@code maxwell.model.templates.Renderings.FASHION_MNIST}). */
	public String label() {
		return label;
	}

	public static Optional<GarmentRendering> named(String name) {
		return List.of(values()).stream().filter(r -> r.label.equals(name)).findFirst();
	}

	/**
	 * @param grey      the garment, {@code size × size} values 0..255
	 * @param variation seed of this item's look (colour, fabric) in this domain
	 */
	public void render(int[] grey, int size, long variation, RgbImage out) {
		draw(grey, size, new SplittableRandom(variation), out);
	}

	abstract void draw(int[] grey, int size, SplittableRandom look, RgbImage out);

	private static int at(int[] grey, int size, int x, int y) {
		x = Math.max(0, Math.min(size - 1, x));
		y = Math.max(0, Math.min(size - 1, y));
		return grey[y * size + x];
	}

	private static int mix(int background, int garment, float alpha) {
		return Math.round(background * (1 - alpha) + garment * alpha);
	}
}
