package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/**
 * Broken files fail with a message naming the file and the problem (and where, when the parser
 * knows), and are never written to.
 */
class MalformedFilesTest {

	private static final String MAXWELL_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:maxwell=\"http://maxwell.dev/experiment/1.0\"";

	@TempDir
	Path folder;

	private String validXml;

	@BeforeEach
	void writeAValidExperiment() throws Exception {
		Path valid = Files.createTempFile("valid", ".maxwell");
		ExperimentFiles.save(Experiments.valid(), valid);
		validXml = Files.readString(valid);
		Files.delete(valid);
	}

	static Stream<Arguments> brokenFiles() {
		return Stream.of(
				broken("empty", xml -> "", "the file is empty"),
				broken("only white space", xml -> " \n\t\n", "the file is empty"),
				broken("truncated in the middle", xml -> xml.substring(0, xml.length() / 2),
						"the XML ends too early; the file looks truncated"),
				broken("truncated after an element", xml -> xml.substring(0, xml.indexOf("</data>") + "</data>".length()),
						"the XML ends too early; the file looks truncated"),
				broken("truncated by a few characters", xml -> xml.substring(0, xml.length() - 5),
						"the XML ends too early; the file looks truncated"),
				broken("plain text", xml -> "experiment: demo\nseed: 42\n", "this is not an XML file"),
				broken("JSON", xml -> "{\"name\": \"demo\"}", "this is not an XML file"),
				broken("mismatched tags", xml -> xml.replace("</data>", "</dataset>"), "the XML is malformed ("),
				broken("a DOCTYPE", xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"),
						"the file declares a DOCTYPE, which experiment files may not use"),
				broken("another XML vocabulary", xml -> "<?xml version=\"1.0\"?>\n<foo:Bar xmlns:foo=\"urn:example:other\"/>",
						"this is not a Maxwell experiment (its XML namespace is 'urn:example:other'; expected 'http://maxwell.dev/experiment/1.0')"),
				broken("no namespace", xml -> "<?xml version=\"1.0\"?>\n<Experiment name=\"demo\"/>",
						"this is not a Maxwell experiment (its elements have no XML namespace; expected 'http://maxwell.dev/experiment/1.0')"),
				broken("an Ecore model", xml -> "<?xml version=\"1.0\"?>\n<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
						+ "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"other\"/>",
						"this is not a Maxwell experiment (its root element is an EPackage of 'http://www.eclipse.org/emf/2002/Ecore')"),
				broken("a partition as root", xml -> "<?xml version=\"1.0\"?>\n<maxwell:Partition xmi:version=\"2.0\" " + MAXWELL_NS + " name=\"style\"/>",
						"the root element is a Partition, not an Experiment"),
				broken("two experiments", xml -> "<?xml version=\"1.0\"?>\n<xmi:XMI xmi:version=\"2.0\" " + MAXWELL_NS + ">"
						+ "<maxwell:Experiment name=\"a\"/><maxwell:Experiment name=\"b\"/></xmi:XMI>",
						"the file contains 2 root elements; an experiment file holds exactly one Experiment"),
				broken("an unknown enum literal", xml -> xml.replace("schedule=\"SIGMOID_RAMP\"", "schedule=\"EXPONENTIAL\""),
						"'EXPONENTIAL' is not a valid schedule (expected one of CONSTANT, LINEAR_WARMUP, SIGMOID_RAMP)"),
				broken("an unknown attribute", xml -> xml.replace("<data ", "<data colour=\"red\" "),
						"'colour' is not a setting of a DatasetSpec"),
				broken("an unknown element", xml -> xml.replace("<training ", "<schedule "),
						"'schedule' is not a setting of an Experiment"),
				broken("a word for a number", xml -> xml.replace("trainSize=\"16000\"", "trainSize=\"lots\""),
						"'lots' is not a valid trainSize (expected a whole number)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void failsWithThePlainProblemAndLeavesTheFileAlone(String name, Function<String, String> corrupt, String problem)
			throws Exception {
		Path file = folder.resolve("broken.maxwell");
		Files.write(file, corrupt.apply(validXml).getBytes(StandardCharsets.UTF_8));
		FileSnapshot before = FileSnapshot.of(file);

		ExperimentFileException failure = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));

		String message = failure.getMessage();
		assertTrue(message.startsWith(file.toString()), "the message names the file: " + message);
		assertTrue(message.contains(": " + problem), "expected the problem '" + problem + "' in: " + message);
		assertFalse(message.contains("Exception"), "no exception names in the message: " + message);
		assertEquals(file, failure.file());
		before.assertUnchanged();
		assertEquals(List.of("broken.maxwell"), FileSnapshot.namesIn(folder));
	}

	@Test
	void saysWhereTheParserFoundTheProblem() throws Exception {
		Path file = folder.resolve("enum.maxwell");
		int model = validXml.indexOf("<model");
		Files.writeString(file, validXml.substring(0, model) + "<model latentType=\"BANANA\"" + validXml.substring(model + "<model".length()));
		int line = (int) validXml.substring(0, model).lines().count(); // the last counted line holds <model

		ExperimentFileException failure = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));

		assertEquals(line, failure.line());
		assertTrue(failure.column() > 0);
		assertEquals(file + " line " + line + ", column " + failure.column()
				+ ": 'BANANA' is not a valid latentType (expected one of GAUSSIAN, DETERMINISTIC)", failure.getMessage());
	}

	@Test
	void missingFile() {
		Path file = folder.resolve("nowhere.maxwell");
		ExperimentFileException failure = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": the file does not exist", failure.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void folderInsteadOfFile() throws Exception {
		Path file = Files.createDirectory(folder.resolve("folder.maxwell"));
		ExperimentFileException failure = assertThrows(ExperimentFileException.class, () -> ExperimentFiles.load(file));
		assertEquals(file + ": this is a folder, not an experiment file", failure.getMessage());
	}

	/** Decided: a missing partition is a modelling problem, so the file loads and validation reports it. */
	@Test
	void partitionMissingFromTheSameFileLoadsAndIsReportedByValidation() throws Exception {
		Path file = folder.resolve("dangling.maxwell");
		Files.writeString(file, validXml.replace("watches=\"//@model/@partitions.0\"", "watches=\"//@model/@partitions.7\""));
		FileSnapshot before = FileSnapshot.of(file);

		Experiment experiment = ExperimentFiles.load(file);

		before.assertUnchanged();
		assertTrue(experiment.getAdversary().getWatches().eIsProxy());
		assertEquals(List.of("error: the adversary watches a partition that does not exist"), Experiments.problems(experiment));
	}

	@Test
	void missingPartitionIsKeptAsWrittenWhenSavedBack() throws Exception {
		Path file = folder.resolve("dangling.maxwell");
		Files.writeString(file, validXml.replace("watches=\"//@model/@partitions.0\"", "watches=\"//@model/@partitions.7\""));

		ExperimentFiles.save(ExperimentFiles.load(file), file);

		assertTrue(Files.readString(file).contains("//@model/@partitions.7"), Files.readString(file));
		assertEquals(List.of("error: the adversary watches a partition that does not exist"),
				Experiments.problems(ExperimentFiles.load(file)));
	}

	@Test
	void partitionInAMissingOtherFileLoadsAndIsReportedByValidation() throws Exception {
		Path file = folder.resolve("elsewhere.maxwell");
		Files.writeString(file, validXml.replace("watches=\"//@model/@partitions.0\"",
				"watches=\"missing.maxwell#//@model/@partitions.0\""));
		FileSnapshot before = FileSnapshot.of(file);

		Experiment experiment = ExperimentFiles.load(file);

		before.assertUnchanged();
		assertEquals(List.of("error: the adversary watches a partition that does not exist"), Experiments.problems(experiment));
		assertEquals(List.of("elsewhere.maxwell"), FileSnapshot.namesIn(folder));
	}

	private static Arguments broken(String name, Function<String, String> corrupt, String problem) {
		return Arguments.of(name, corrupt, problem);
	}
}
