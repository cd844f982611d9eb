package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.model.NetworkKind;
import maxwell.model.io.ExperimentFiles;

class RoundTripTest {

	@TempDir
	Path folder;

	@Test
	void savedExperimentLoadsBackEqual() throws Exception {
		Experiment original = Experiments.valid();
		original.setDescription("ünïcödé & <markup> \"quoted\"");
		original.setSeed(-7);
		original.getModel().setEncoderKind(NetworkKind.CONV);
		original.getModel().setLatentType(LatentType.DETERMINISTIC);
		original.getModel().getEncoderHiddenSizes().add(256); // repeated sizes must survive (non-unique list)
		original.getAdversary().setFormulation(AdversaryFormulation.ALTERNATING_MIN_MAX);
		original.getAdversary().setWatches(Experiments.style(original));
		Path file = folder.resolve("experiment.maxwell");

		ExperimentFiles.save(original, file);
		Experiment loaded = ExperimentFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "loaded experiment differs from the saved one");
		assertSame(Experiments.style(loaded), loaded.getAdversary().getWatches(),
				"the adversary must watch the loaded partition, not a copy or a proxy");
		assertFalse(loaded.getAdversary().getWatches().eIsProxy());
	}

	@Test
	void partitionReferenceIsReadableInTheFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		assertTrue(Files.readString(file).contains("watches=\"//@model/@partitions.0\""), Files.readString(file));
	}

	@Test
	void savingTheSameExperimentTwiceWritesTheSameBytes() throws Exception {
		Experiment experiment = Experiments.valid();
		Path first = folder.resolve("first.maxwell");
		Path second = folder.resolve("second.maxwell");
		ExperimentFiles.save(experiment, first);
		ExperimentFiles.save(ExperimentFiles.load(first), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void savingDoesNotMoveTheExperimentIntoAResource() throws Exception {
		Experiment experiment = Experiments.valid();
		ExperimentFiles.save(experiment, folder.resolve("experiment.maxwell"));
		assertNull(experiment.eResource());
		assertSame(Experiments.content(experiment), experiment.getAdversary().getWatches());
	}

	@Test
	void loadedExperimentCanBeSavedOverItsOwnFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		Experiment loaded = ExperimentFiles.load(file);
		loaded.setName("renamed");
		ExperimentFiles.save(loaded, file);
		Experiment again = ExperimentFiles.load(file);
		assertTrue(EcoreUtil.equals(loaded, again));
		assertSame(Experiments.content(again), again.getAdversary().getWatches());
	}
}
