package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.model.Experiment;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.io.ExperimentResourceFactory;
import maxwell.model.util.ModelValidator;
import maxwell.model.validation.ExperimentValidation;
import maxwell.model.validation.Problem;

/** The wiring around the rules: who finds the validator, what the diagnostics carry, what plugin.xml registers. */
class ValidatorRegistrationTest {

	@TempDir
	Path folder;

	@Test
	void diagnosticianUsesTheModelValidator() {
		assertSame(ModelValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ModelPackage.eINSTANCE));
		Experiment experiment = Experiments.valid();
		Experiments.style(experiment).setDimension(0);

		Diagnostic result = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertEquals(List.of("partition 'style' has dimension 0"), result.getChildren().stream().map(Diagnostic::getMessage).toList());
		assertEquals(List.of(Experiments.style(experiment), ModelPackage.Literals.PARTITION__DIMENSION),
				result.getChildren().get(0).getData());
	}

	@Test
	void problemsPointAtTheOffendingObject() {
		Experiment experiment = Experiments.valid();
		experiment.getTraining().setEpochs(0);
		Problem problem = ExperimentValidation.problems(experiment).get(0);
		assertSame(experiment.getTraining(), problem.target());
	}

	/** EMF would add "contains an unresolved proxy ..." and "dangling reference ..."; the rule already says it. */
	@Test
	void aMissingPartitionIsReportedOnceEvenInsideAResource() {
		Experiment experiment = Experiments.valid();
		Resource resource = ExperimentFiles.newResourceSet().createResource(URI.createFileURI("/nowhere/x.maxwell"));
		resource.getContents().add(experiment);
		experiment.getAdversary().setWatches(ModelFactory.eINSTANCE.createPartition());

		assertEquals(List.of("error: the adversary watches a partition that does not exist"), Experiments.problems(experiment));
	}

	/** The validator skips EMF's generic reference checks on the adversary because watches is its only cross-reference. */
	@Test
	void theAdversaryHasNoOtherCrossReference() {
		List<String> crossReferences = ModelPackage.Literals.ADVERSARY_SPEC.getEAllReferences().stream()
				.filter(r -> !r.isContainment() && !r.isContainer()).map(EReference::getName).toList();
		assertEquals(List.of("watches"), crossReferences);
	}

	@Test
	void pluginXmlRegistersTheFileExtensionAndThePackage() throws Exception {
		Path file = folder.resolve("registered.maxwell");
		ExperimentFiles.save(Experiments.valid(), file);

		Resource resource = new ResourceSetImpl().getResource(URI.createFileURI(file.toString()), true);

		assertInstanceOf(Experiment.class, resource.getContents().get(0));
		assertInstanceOf(ExperimentResourceFactory.class,
				Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI(file.toString())));
		assertSame(ModelPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI));
	}
}
