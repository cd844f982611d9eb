package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import maxwell.model.AdversaryFormulation;
import maxwell.model.DatasetKind;
import maxwell.model.Domain;
import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.Experiment;
import maxwell.model.LambdaSchedule;
import maxwell.model.LatentType;
import maxwell.model.OptimizerKind;
import maxwell.model.PartitionRole;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

class TemplatesTest {

	@TempDir
	Path folder;

	static Stream<Arguments> templates() {
		return Stream.of(
				Arguments.of("synthetic map tiles", (Supplier<Experiment>) ExperimentTemplates::syntheticMapTiles),
				Arguments.of("Fashion-MNIST", (Supplier<Experiment>) ExperimentTemplates::fashionMnist),
				Arguments.of("tile sources", (Supplier<Experiment>) () -> ExperimentTemplates.tileSources(
						List.of(Path.of("/tiles/osm.mbtiles"), Path.of("/tiles/satellite"), Path.of("/tiles/osm")))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void validatesWithoutAnyProblem(String name, Supplier<Experiment> template) {
		assertEquals(List.of(), Experiments.problems(template.get()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void survivesASaveAndLoad(String name, Supplier<Experiment> template) throws Exception {
		Experiment experiment = template.get();
		Path file = folder.resolve("template.maxwell");
		ExperimentFiles.save(experiment, file);
		Experiment loaded = ExperimentFiles.load(file);
		assertTrue(EcoreUtil.equals(experiment, loaded));
		assertEquals(List.of(), Experiments.problems(loaded));
	}

	@Test
	void syntheticMapTilesIsTheBiVaeSetup() {
		Experiment e = ExperimentTemplates.syntheticMapTiles();
		assertEquals(DatasetKind.SYNTHETIC_MAP_TILES, e.getData().getKind());
		assertEquals(List.of("satellite", "street", "sketch", "night"), e.getData().getDomains().stream().map(Domain::getName).toList());
		assertEquals(List.of(32, 3, 16000, 1000),
				List.of(e.getData().getImageSize(), e.getData().getChannels(), e.getData().getTrainSize(), e.getData().getProbeSize()));
		assertEquals(List.of(512, 256), e.getModel().getEncoderHiddenSizes());
		assertEquals(1.0, e.getModel().getBeta());
		assertEquals(LatentType.DETERMINISTIC, e.getModel().getLatentType());
		assertEquals(List.of("content:8:CONTENT", "style:8:STYLE"), e.getModel().getPartitions().stream()
				.map(p -> p.getName() + ":" + p.getDimension() + ":" + p.getRole()).toList());
		assertEquals(PartitionRole.CONTENT, e.getAdversary().getWatches().getRole());
		assertEquals(10.0, e.getAdversary().getLambda());
		assertEquals(LambdaSchedule.SIGMOID_RAMP, e.getAdversary().getSchedule());
		assertEquals(AdversaryFormulation.GRADIENT_REVERSAL, e.getAdversary().getFormulation());
		assertEquals(OptimizerKind.ADAM, e.getTraining().getOptimizer());
		assertEquals(List.of(40, 512, 1, 1), List.of(e.getTraining().getEpochs(), e.getTraining().getBatchSize(),
				e.getTraining().getEvaluationInterval(), e.getTraining().getCheckpointInterval()));
		assertEquals(1e-3, e.getTraining().getLearningRate());
		assertEquals(0.5, e.getTraining().getLearningRateDecayStart(), "the rate falls over the second half of the run");
		assertEquals(0.05, e.getTraining().getFinalLearningRateFactor());
		assertEquals(List.of(EstimatorKind.ROSS, EstimatorKind.KSG, EstimatorKind.MIXTURE_BOUNDS, EstimatorKind.PROBE),
				e.getAnalysis().getEstimators().stream().map(EstimatorSpec::getKind).toList());
		assertEquals(20, e.getAnalysis().getSurrogates());
	}

	@Test
	void fashionMnistHasFiveRenderedDomains() {
		Experiment e = ExperimentTemplates.fashionMnist();
		assertEquals(DatasetKind.FASHION_MNIST, e.getData().getKind());
		assertEquals(List.of("original", "inverted", "tinted", "edges", "textured"),
				e.getData().getDomains().stream().map(Domain::getRendering).toList());
		assertEquals(LatentType.GAUSSIAN, e.getModel().getLatentType());
		assertEquals(1.0, e.getModel().getCrossReconstructionWeight(), "the garment class is sorted into z_c");
		assertEquals(0.0, ExperimentTemplates.syntheticMapTiles().getModel().getCrossReconstructionWeight());
	}

	@Test
	void tileSourcesAreNamedAfterTheirFilesAndKeptApart() {
		Experiment e = ExperimentTemplates.tileSources(
				List.of(Path.of("/tiles/osm.mbtiles"), Path.of("/tiles/satellite"), Path.of("/other/osm")));
		assertEquals(List.of("osm", "satellite", "osm-2"), e.getData().getDomains().stream().map(Domain::getName).toList());
		assertEquals("/tiles/osm.mbtiles", e.getData().getDomains().get(0).getLocation());
	}

	@Test
	void tileSourcesNeedTwoSources() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> ExperimentTemplates.tileSources(List.of(Path.of("/tiles/osm.mbtiles"))));
		assertEquals("tile sources need at least 2 folders or .mbtiles files (got 1)", refused.getMessage());
	}
}
