package maxwell.codegen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.core.runtime.IStatus;

/**
 * Does what "Reload" does in the Eclipse genmodel editor: builds a fresh genmodel from the
 * current .ecore and copies every setting of the existing genmodel into it, so classes, features
 * and literals added to or removed from the .ecore are picked up.
 */
final class GenModelReconciler {

	private final StandaloneEmf emf;

	GenModelReconciler(StandaloneEmf emf) {
		this.emf = emf;
	}

	GenModel reconcile(URI genModelUri) throws GenerationFailedException {
		Resource resource = emf.resourceSet().getResource(genModelUri, true);
		GenModel old = (GenModel) resource.getContents().get(0);
		List<EPackage> ecorePackages = new ArrayList<>();
		for (GenPackage genPackage : old.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new GenerationFailedException("the genmodel's package " + genPackage.getPrefix()
						+ " does not resolve to an EPackage in " + old.getForeignModel());
			}
			ecorePackages.add(ePackage);
		}

		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		resource.getContents().add(fresh);
		fresh.initialize(ecorePackages);
		fresh.reconcile(old);
		// Like the Ecore importer: settings that reconcile() does not carry over.
		fresh.setImporterID(old.getImporterID());
		fresh.getForeignModel().addAll(old.getForeignModel());
		for (GenPackage used : old.getUsedGenPackages()) {
			if (used.eIsProxy()) {
				throw new GenerationFailedException("cannot resolve the used genmodel " + EcoreUtil.getURI(used));
			}
			fresh.getUsedGenPackages().add(used);
		}
		resource.getContents().remove(old);

		List<GenPackage> missing = fresh.computeMissingUsedGenPackages();
		if (!missing.isEmpty()) {
			throw new GenerationFailedException("the genmodel needs usedGenPackages for " + missing);
		}
		IStatus status = fresh.validate();
		if (status.getSeverity() == IStatus.ERROR) {
			throw new GenerationFailedException(describe(status));
		}
		return fresh;
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append(System.lineSeparator()).append("  ").append(child.getMessage());
		}
		return text.toString();
	}
}
