package maxwell.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import maxwell.model.Experiment;
import maxwell.model.ModelPackage;

/**
 * Reads and writes *.maxwell experiment files (XMI). Works with or without OSGi: it registers
 * the package and the resource factory in its own resource set, so the headless CLI needs no
 * plug-in registry.
 *
 * <p>A reference from the adversary to a partition the file does not contain does not fail the
 * load: the experiment loads with an unresolved partition and validation reports "the adversary
 * watches a partition that does not exist", next to any other problems of the file.
 */
public final class ExperimentFiles {

	private ExperimentFiles() {
	}

	/** A resource set that knows *.maxwell files and the experiment package, independent of global registries. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(ExperimentResourceFactory.EXTENSION, new ExperimentResourceFactory());
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		return resourceSet;
	}

	/** Reads the file once into memory and never opens it for writing. */
	public static Experiment load(Path file) throws ExperimentFileException {
		byte[] content = readAll(file);
		Resource resource = newResourceSet().createResource(uriOf(file));
		try {
			resource.load(new ByteArrayInputStream(content), null);
		} catch (IOException | RuntimeException e) {
			if (!BrokenPartitionReferences.keepAsProxies(resource)) {
				throw LoadErrors.describe(file, content, e);
			}
		}
		Experiment experiment = onlyExperimentIn(file, resource);
		EcoreUtil.resolveAll(resource);
		return experiment;
	}

	/**
	 * Writes {@code experiment} to {@code file} atomically: into a temporary file next to it, then
	 * renamed over it. If anything fails, the previous file is untouched and no temporary file is
	 * left. The experiment object itself is not modified or moved into another resource.
	 */
	public static void save(Experiment experiment, Path file) throws ExperimentFileException {
		Path target = AtomicWrite.followLink(file.toAbsolutePath());
		Resource resource = newResourceSet().createResource(uriOf(target));
		resource.getContents().add(EcoreUtil.copy(experiment));
		AtomicWrite.replace(file, target, out -> resource.save(out, null));
	}

	static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static byte[] readAll(Path file) throws ExperimentFileException {
		if (Files.isDirectory(file)) {
			throw new ExperimentFileException(file, "this is a folder, not an experiment file");
		}
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ExperimentFileException(file, "the file does not exist", e);
		} catch (IOException e) {
			throw new ExperimentFileException(file, "the file cannot be read (" + e.getMessage() + ")", e);
		}
		if (new String(content, StandardCharsets.UTF_8).isBlank()) {
			throw new ExperimentFileException(file, "the file is empty");
		}
		return content;
	}

	private static Experiment onlyExperimentIn(Path file, Resource resource) throws ExperimentFileException {
		var roots = resource.getContents();
		if (roots.isEmpty()) {
			throw new ExperimentFileException(file, "the file contains no experiment");
		}
		if (roots.size() > 1) {
			throw new ExperimentFileException(file,
					"the file contains " + roots.size() + " root elements; an experiment file holds exactly one Experiment");
		}
		EObject root = roots.get(0);
		String rootType = Words.withArticle(root.eClass().getName());
		if (root.eClass().getEPackage() != ModelPackage.eINSTANCE) {
			throw new ExperimentFileException(file, "this is not a Maxwell experiment (its root element is "
					+ rootType + " of '" + root.eClass().getEPackage().getNsURI() + "')");
		}
		if (!(root instanceof Experiment experiment)) {
			throw new ExperimentFileException(file, "the root element is " + rootType + ", not an Experiment");
		}
		return experiment;
	}
}
