package maxwell.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.common.util.URI;

/**
 * Regenerates the EMF model code of bundles/maxwell.model without an Eclipse IDE:
 * reconciles model/maxwell.genmodel with model/maxwell.ecore (writing the genmodel back only
 * when it changed) and generates src-gen/ with EMF's own templates and JMerger, so that members
 * marked {@code @generated NOT} (and members without {@code @generated}) survive.
 *
 * <p>Usage: {@code RegenerateModel <path to bundles/maxwell.model>}; regenerate.sh runs it.
 */
public final class RegenerateModel {

	static final String PROJECT_NAME = "maxwell.model";
	static final String GENMODEL_PATH = "model/maxwell.genmodel";
	static final String GENERATED_FOLDER = "src-gen";

	private RegenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: RegenerateModel <bundles/maxwell.model folder>");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(bundle.resolve(GENMODEL_PATH))) {
			System.err.println("no " + GENMODEL_PATH + " under " + bundle);
			System.exit(2);
		}
		try {
			regenerate(bundle);
		} catch (GenerationFailedException e) {
			System.err.println("generation failed: " + e.getMessage());
			System.exit(1);
		}
	}

	/*
	 * Two passes over scratch copies of the project, because the generator also writes
	 * MANIFEST.MF, plugin.xml and build.properties (hand-written in this bundle) and reports only
	 * the files whose content it changed:
	 *  1. into an empty project: which files does the model produce now (a removed class drops out)?
	 *  2. into a project seeded with the current versions of the hand-edited files among those (the
	 *     ones marked @generated NOT): JMerger keeps their hand-written members. Every other file is
	 *     generated from scratch, because JMerger never removes imports and would keep one of a
	 *     class that no longer exists.
	 * Only src-gen is copied back, and only files whose bytes changed.
	 */
	static void regenerate(Path bundle) throws IOException, GenerationFailedException {
		Path scratch = Files.createTempDirectory("maxwell-codegen-");
		try {
			ScratchProject fresh = ScratchProject.create(scratch, "fresh");
			ScratchProject merged = ScratchProject.create(scratch, "merged");
			StandaloneEmf emf = new StandaloneEmf(PROJECT_NAME, fresh.root());
			URI genModelUri = URI.createFileURI(bundle.resolve(GENMODEL_PATH).toString());
			GenModel genModel = new GenModelReconciler(emf).reconcile(genModelUri);
			boolean genModelChanged = emf.saveIfChanged(genModel.eResource(), bundle.resolve(GENMODEL_PATH));

			new ModelCodeGenerator().generate(genModel);
			Set<Path> produced = fresh.files(GENERATED_FOLDER);

			merged.seed(bundle.resolve(GENERATED_FOLDER), GENERATED_FOLDER,
					HandEdits.filesWithin(bundle.resolve(GENERATED_FOLDER), produced));
			emf.mapProjectTo(merged.root());
			new ModelCodeGenerator().generate(genModel);

			int changed = FolderSync.mirror(merged.root().resolve(GENERATED_FOLDER),
					bundle.resolve(GENERATED_FOLDER), produced);
			System.out.println("genmodel " + (genModelChanged ? "updated" : "unchanged") + "; "
					+ produced.size() + " generated files, " + changed + " written or deleted in "
					+ bundle.resolve(GENERATED_FOLDER));
		} finally {
			FolderSync.deleteRecursively(scratch);
		}
	}
}
