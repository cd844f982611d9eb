package maxwell.data.image;

import java.awt.image.BufferedImage;

/**
 * A square 8-bit RGB image, interleaved row by row (HWC), the compact form datasets cache:
 * a quarter of the memory of floats, and converted to CHW floats only when a batch is filled.
 */
public final class RgbImage {

	private final int size;
	private final byte[] rgb;

	public RgbImage(int size) {
		this(size, new byte[size * size * 3]);
	}

	public RgbImage(int size, byte[] rgb) {
		if (rgb.length != size * size * 3) {
			throw new IllegalArgumentException("expected " + size * size * 3 + " bytes, got " + rgb.length);
		}
		this.size = size;
		this.rgb = rgb;
	}

	public int size() {
		return size;
	}

	/** The backing bytes, not a copy. */
	public byte[] bytes() {
		return rgb;
	}

	public void set(int x, int y, int r, int g, int b) {
		int i = (y * size + x) * 3;
		rgb[i] = (byte) clamp(r);
		rgb[i + 1] = (byte) clamp(g);
		rgb[i + 2] = (byte) clamp(b);
	}

	public int red(int x, int y) {
		return rgb[(y * size + x) * 3] & 0xFF;
	}

	public int green(int x, int y) {
		return rgb[(y * size + x) * 3 + 1] & 0xFF;
	}

	public int blue(int x, int y) {
		return rgb[(y * size + x) * 3 + 2] & 0xFF;
	}

	private static int clamp(int v) {
		return v < 0 ? 0 : (v > 255 ? 255 : v);
	}

	/**
	 * CHW floats in [0, 1]. With one channel the image becomes its luminance (ITU-R BT.601
	 * weights), which is what a grey-scale experiment expects of a coloured source.
	 */
	public void toFloats(int channels, float[] into, int offset) {
		int pixels = size * size;
		final float scale = 1f / 255f;
		if (channels == 1) {
			for (int p = 0; p < pixels; p++) {
				int i = p * 3;
				into[offset + p] = (0.299f * (rgb[i] & 0xFF) + 0.587f * (rgb[i + 1] & 0xFF)
						+ 0.114f * (rgb[i + 2] & 0xFF)) * scale;
			}
			return;
		}
		for (int p = 0; p < pixels; p++) {
			int i = p * 3;
			into[offset + p] = (rgb[i] & 0xFF) * scale;
			into[offset + pixels + p] = (rgb[i + 1] & 0xFF) * scale;
			into[offset + 2 * pixels + p] = (rgb[i + 2] & 0xFF) * scale;
		}
	}

	public BufferedImage toBufferedImage() {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, red(x, y) << 16 | green(x, y) << 8 | blue(x, y));
			}
		}
		return image;
	}

	/**
	 * Resamples any image to a square of {@code size} pixels: area averaging when shrinking (no
	 * aliasing of thin roads), bilinear when enlarging.
	 */
	public static RgbImage of(BufferedImage source, int size) {
		int w = source.getWidth();
		int h = source.getHeight();
		int[] argb = source.getRGB(0, 0, w, h, null, 0, w);
		RgbImage out = new RgbImage(size);
		if (w == size && h == size) {
			for (int p = 0; p < argb.length; p++) {
				out.set(p % size, p / size, argb[p] >> 16 & 0xFF, argb[p] >> 8 & 0xFF, argb[p] & 0xFF);
			}
		} else if (w >= size && h >= size) {
			shrink(argb, w, h, out);
		} else {
			enlarge(argb, w, h, out);
		}
		return out;
	}

	private static void shrink(int[] argb, int w, int h, RgbImage out) {
		int size = out.size;
		for (int y = 0; y < size; y++) {
			int y0 = y * h / size;
			int y1 = Math.max(y0 + 1, (y + 1) * h / size);
			for (int x = 0; x < size; x++) {
				int x0 = x * w / size;
				int x1 = Math.max(x0 + 1, (x + 1) * w / size);
				long r = 0, g = 0, b = 0;
				for (int sy = y0; sy < y1; sy++) {
					for (int sx = x0; sx < x1; sx++) {
						int c = argb[sy * w + sx];
						r += c >> 16 & 0xFF;
						g += c >> 8 & 0xFF;
						b += c & 0xFF;
					}
				}
				int n = (y1 - y0) * (x1 - x0);
				out.set(x, y, (int) ((r + n / 2) / n), (int) ((g + n / 2) / n), (int) ((b + n / 2) / n));
			}
		}
	}

	private static void enlarge(int[] argb, int w, int h, RgbImage out) {
		int size = out.size;
		for (int y = 0; y < size; y++) {
			double fy = Math.max(0, (y + 0.5) * h / size - 0.5);
			int y0 = Math.min((int) fy, h - 1);
			int y1 = Math.min(y0 + 1, h - 1);
			double ty = fy - y0;
			for (int x = 0; x < size; x++) {
				double fx = Math.max(0, (x + 0.5) * w / size - 0.5);
				int x0 = Math.min((int) fx, w - 1);
				int x1 = Math.min(x0 + 1, w - 1);
				double tx = fx - x0;
				int[] c = new int[3];
				for (int ch = 0; ch < 3; ch++) {
					int shift = 16 - 8 * ch;
					double top = (1 - tx) * (argb[y0 * w + x0] >> shift & 0xFF) + tx * (argb[y0 * w + x1] >> shift & 0xFF);
					double bottom = (1 - tx) * (argb[y1 * w + x0] >> shift & 0xFF) + tx * (argb[y1 * w + x1] >> shift & 0xFF);
					c[ch] = (int) Math.round((1 - ty) * top + ty * bottom);
				}
				out.set(x, y, c[0], c[1], c[2]);
			}
		}
	}
}
