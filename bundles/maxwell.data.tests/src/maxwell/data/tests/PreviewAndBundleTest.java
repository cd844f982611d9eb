package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import maxwell.data.api.Dataset;
import maxwell.data.maptiles.MapSources;
import maxwell.data.maptiles.MapTileDataset;
import maxwell.data.preview.ContactSheet;
import maxwell.data.preview.PreviewItems;

class PreviewAndBundleTest {

	@Test
	void aPreviewShowsEveryContentClassInTurn() {
		Dataset data = new MapTileDataset(42, 32, 3, MapSources.ALL, 200, 50);
		int[] items = PreviewItems.of(data, 8);
		assertEquals(8, items.length);
		for (int i = 0; i < items.length; i++) {
			assertEquals(i % 4, data.contentLabel(data.sample(items[i], 0)), "column " + i);
		}
	}

	@Test
	void theSheetShowsEachColumnsItemInEveryRow() {
		Dataset data = new MapTileDataset(1, 16, 3, MapSources.ALL, 10, 5);
		int[] items = { 3, 7 };
		BufferedImage sheet = ContactSheet.draw(data, items, 1);
		assertEquals(2 + 4 * (16 + 2), sheet.getHeight());
		int left = sheet.getWidth() - 2 - 2 * (16 + 2); // label column, then cells of 16 px and 2 px gaps
		float[] pixels = new float[data.shape().length()];
		data.image(data.sample(7, 2), pixels, 0); // second column, third row (sketch)
		int x = left + 18 + 5, y = 2 + 2 * 18 + 9;
		int rgb = sheet.getRGB(x, y);
		assertEquals(Math.round(pixels[9 * 16 + 5] * 255), rgb >> 16 & 0xFF);
		assertEquals(Math.round(pixels[256 + 9 * 16 + 5] * 255), rgb >> 8 & 0xFF);
	}

	/** The data bundle stays headless and framework-free: no SWT, JFace, workbench or DL4J. */
	@Test
	void theDataBundleImportsNoUiAndNoDl4j() {
		Bundle bundle = FrameworkUtil.getBundle(Dataset.class);
		assertNotNull(bundle, "maxwell.data runs as an OSGi bundle");
		String dependencies = (bundle.getHeaders().get("Require-Bundle") + " " + bundle.getHeaders().get("Import-Package"))
				.toLowerCase(Locale.ROOT);
		for (String forbidden : new String[] { "swt", "jface", "org.eclipse.ui", "dl4j", "nd4j", "deeplearning4j" }) {
			assertFalse(dependencies.contains(forbidden), forbidden + " in " + dependencies);
		}
	}
}
