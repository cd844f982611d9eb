package maxwell.data.preview;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import maxwell.data.api.Dataset;
import maxwell.data.api.ImageShape;

/**
 * A grid to look at a dataset with: one row per domain, labelled with its name, and one column
 * per item, so each column shows the same place (or garment) in every domain.
 */
public final class ContactSheet {

	private static final int GAP = 2;
	private static final Color BACKGROUND = new Color(250, 250, 250);
	private static final Color TEXT = new Color(40, 40, 40);

	private ContactSheet() {
	}

	/**
	 * @param items which items to show, one per column
	 * @param zoom  screen pixels per image pixel (tiles of 32 px are hard to see otherwise)
	 */
	public static BufferedImage draw(Dataset dataset, int[] items, int zoom) {
		ImageShape shape = dataset.shape();
		int cell = shape.width() * zoom;
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		int labelWidth = labelWidth(dataset, font);
		int width = labelWidth + items.length * (cell + GAP) + GAP;
		int height = dataset.domainCount() * (cell + GAP) + GAP;
		BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = sheet.createGraphics();
		try {
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			float[] pixels = new float[shape.length()];
			for (int d = 0; d < dataset.domainCount(); d++) {
				int top = GAP + d * (cell + GAP);
				g.setColor(TEXT);
				g.drawString(dataset.domains().get(d), 6, top + (cell + metrics.getAscent() - metrics.getDescent()) / 2);
				for (int c = 0; c < items.length; c++) {
					dataset.image(dataset.sample(items[c], d), pixels, 0);
					paint(sheet, pixels, shape, labelWidth + c * (cell + GAP), top, zoom);
				}
			}
		} finally {
			g.dispose();
		}
		return sheet;
	}

	private static int labelWidth(Dataset dataset, Font font) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scratch.createGraphics();
		try {
			FontMetrics metrics = g.getFontMetrics(font);
			return 12 + dataset.domains().stream().mapToInt(metrics::stringWidth).max().orElse(0);
		} finally {
			g.dispose();
		}
	}

	/** CHW floats to pixels, each repeated zoom × zoom times (no smoothing: the sheet shows what the model sees). */
	private static void paint(BufferedImage sheet, float[] chw, ImageShape shape, int left, int top, int zoom) {
		int plane = shape.height() * shape.width();
		for (int y = 0; y < shape.height(); y++) {
			for (int x = 0; x < shape.width(); x++) {
				int p = y * shape.width() + x;
				int r = level(chw[p]);
				int g = shape.channels() == 3 ? level(chw[plane + p]) : r;
				int b = shape.channels() == 3 ? level(chw[2 * plane + p]) : r;
				int rgb = r << 16 | g << 8 | b;
				for (int dy = 0; dy < zoom; dy++) {
					for (int dx = 0; dx < zoom; dx++) {
						sheet.setRGB(left + x * zoom + dx, top + y * zoom + dy, rgb);
					}
				}
			}
		}
	}

	private static int level(float value) {
		return Math.max(0, Math.min(255, Math.round(value * 255)));
	}
}
