package maxwell.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.spec.Datasets;
import maxwell.data.tiles.TileKey;
import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.model.templates.Renderings;

class DatasetsTest {

	@TempDir
	Path root;

	@Test
	void theMapTileTemplateOpensWithEveryRendering() throws Exception {
		Experiment experiment = ExperimentTemplates.syntheticMapTiles();
		Dataset data = Datasets.open(experiment, root.resolve("x.maxwell"));
		assertEquals(Renderings.MAP_TILES, data.domains());
		assertEquals(experiment.getData().getTrainSize() + experiment.getData().getProbeSize(), data.itemCount());
		assertEquals(experiment.getData().getImageSize(), data.shape().width());
		assertEquals(3, data.shape().channels());
	}

	@Test
	void anUnknownRenderingNamesTheExperimentAndTheDomain() {
		Experiment experiment = ExperimentTemplates.syntheticMapTiles();
		experiment.getData().getDomains().get(2).setRendering("watercolour");
		Path file = root.resolve("x.maxwell");
		DataException e = assertThrows(DataException.class, () -> Datasets.open(experiment, file));
		assertTrue(e.getMessage().startsWith(file + ": domain 'sketch': unknown map tile rendering 'watercolour'"),
				e.getMessage());
	}

	@Test
	void relativeTileLocationsAreResolvedAgainstTheExperimentsFolder() throws Exception {
		TileKey key = new TileKey(0, 0, 0);
		TestTiles.folder(root.resolve("a"), Map.of(key, TestTiles.png(64, 0x336699)));
		TestTiles.mbtiles(root.resolve("b.mbtiles"), Map.of(key, TestTiles.png(64, 0x996633)));
		Experiment experiment = ExperimentTemplates.tileSources(List.of(Path.of("a"), Path.of("b.mbtiles")));
		Dataset data = Datasets.open(experiment, root.resolve("tiles.maxwell"));
		assertEquals(List.of("a", "b"), data.domains());
		assertEquals(1, data.itemCount());
		assertEquals("0/0/0", data.pairingKey(1));
	}
}
