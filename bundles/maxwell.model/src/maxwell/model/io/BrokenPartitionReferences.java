package maxwell.model.io;

import java.util.List;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import maxwell.model.AdversarySpec;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage;
import maxwell.model.Partition;

/**
 * EMF fails a load when a same-file reference points nowhere. For the adversary's partition that
 * is a modelling problem, not a broken file: the reference is kept as an unresolved proxy (saved
 * back as written) and validation reports it with the experiment's other problems.
 */
final class BrokenPartitionReferences {

	private BrokenPartitionReferences() {
	}

	/**
	 * @return whether every load error was a dangling adversary partition reference, each now
	 *         turned into a proxy and removed from the resource's errors
	 */
	static boolean keepAsProxies(Resource resource) {
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (errors.isEmpty() || !errors.stream().allMatch(BrokenPartitionReferences::isDanglingWatches)) {
			return false;
		}
		for (Resource.Diagnostic error : errors) {
			UnresolvedReferenceException unresolved = (UnresolvedReferenceException) error;
			InternalEObject proxy = (InternalEObject) ModelFactory.eINSTANCE.createPartition();
			proxy.eSetProxyURI(resource.getURI().appendFragment(fragmentOf(unresolved.getReference())));
			((AdversarySpec) unresolved.getObject()).setWatches((Partition) proxy);
		}
		errors.clear();
		return true;
	}

	private static boolean isDanglingWatches(Resource.Diagnostic error) {
		return error instanceof UnresolvedReferenceException unresolved
				&& unresolved.getFeature() == ModelPackage.Literals.ADVERSARY_SPEC__WATCHES
				&& unresolved.getObject() instanceof AdversarySpec;
	}

	private static String fragmentOf(String reference) {
		return reference.startsWith("#") ? reference.substring(1) : reference;
	}
}
