package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.Partition;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void replacesAnExistingFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		Files.writeString(file, "old content");

		ExperimentFiles.save(Experiments.valid(), file);

		assertNotEquals("old content", Files.readString(file));
		assertEquals("synthetic-map-tiles", ExperimentFiles.load(file).getName());
		assertEquals(List.of("experiment.maxwell"), FileSnapshot.namesIn(folder));
	}

	/** The serialisation fails half-way: the adversary watches a partition that is in no model and no file. */
	@Test
	void failedSerialisationLeavesTheOriginalAndNoTemporaryFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		FileSnapshot before = FileSnapshot.of(file);
		Experiment unsaveable = Experiments.valid();
		Partition orphan = ModelFactory.eINSTANCE.createPartition();
		unsaveable.getAdversary().setWatches(orphan);

		ExperimentFileException failure = assertThrows(ExperimentFileException.class,
				() -> ExperimentFiles.save(unsaveable, file));

		assertEquals(file + ": cannot save: the adversary watches a partition that is not part of this experiment",
				failure.getMessage());
		before.assertUnchanged();
		assertEquals(List.of("experiment.maxwell"), FileSnapshot.namesIn(folder));
	}

	@Test
	void failedSaveOfANewFileLeavesNothingBehind() {
		Experiment unsaveable = Experiments.valid();
		unsaveable.getAdversary().setWatches(ModelFactory.eINSTANCE.createPartition());

		assertThrows(ExperimentFileException.class, () -> ExperimentFiles.save(unsaveable, folder.resolve("new.maxwell")));

		assertTrue(folder.toFile().list().length == 0, "left behind: " + List.of(folder.toFile().list()));
	}

	@Test
	void readOnlyFolderLeavesTheOriginalUntouched() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		FileSnapshot before = FileSnapshot.of(file);
		Set<PosixFilePermission> writable = Files.getPosixFilePermissions(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assumeFalse(Files.isWritable(folder), "running as root: permissions do not stop writes");
			Experiment changed = Experiments.valid();
			changed.setName("changed");

			ExperimentFileException failure = assertThrows(ExperimentFileException.class,
					() -> ExperimentFiles.save(changed, file));

			assertEquals(file + ": cannot save: no permission to write in " + folder, failure.getMessage());
			before.assertUnchanged();
			assertEquals(List.of("experiment.maxwell"), FileSnapshot.namesIn(folder));
		} finally {
			Files.setPosixFilePermissions(folder, writable);
		}
	}

	@Test
	void refusesToReplaceAReadOnlyFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		assumeFalse(Files.isWritable(file), "running as root: every file is writable");
		FileSnapshot before = FileSnapshot.of(file);

		ExperimentFileException failure = assertThrows(ExperimentFileException.class,
				() -> ExperimentFiles.save(Experiments.valid(), file));

		assertEquals(file + ": cannot save: the file is read-only", failure.getMessage());
		before.assertUnchanged();
	}

	@Test
	void missingFolder() {
		Path file = folder.resolve("no-such-folder").resolve("experiment.maxwell");
		ExperimentFileException failure = assertThrows(ExperimentFileException.class,
				() -> ExperimentFiles.save(Experiments.valid(), file));
		assertEquals(file + ": cannot save: the folder " + file.getParent() + " does not exist", failure.getMessage());
	}

	@Test
	void folderInTheWay() throws Exception {
		Path file = Files.createDirectory(folder.resolve("experiment.maxwell"));
		ExperimentFileException failure = assertThrows(ExperimentFileException.class,
				() -> ExperimentFiles.save(Experiments.valid(), file));
		assertEquals(file + ": cannot save: this is a folder", failure.getMessage());
		assertEquals(List.of("experiment.maxwell"), FileSnapshot.namesIn(folder));
	}

	@Test
	void keepsThePermissionsOfTheReplacedFile() throws Exception {
		Path file = folder.resolve("experiment.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

		ExperimentFiles.save(Experiments.valid(), file);

		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void savingThroughASymbolicLinkReplacesItsTarget() throws Exception {
		Path real = folder.resolve("real.maxwell");
		Path link = Files.createSymbolicLink(folder.resolve("link.maxwell"), real.getFileName());
		ExperimentFiles.save(Experiments.valid(), real);
		Experiment renamed = Experiments.valid();
		renamed.setName("renamed");

		ExperimentFiles.save(renamed, link);

		assertTrue(Files.isSymbolicLink(link));
		assertEquals("renamed", ExperimentFiles.load(real).getName());
		assertEquals(List.of("link.maxwell", "real.maxwell"), FileSnapshot.namesIn(folder));
	}
}
