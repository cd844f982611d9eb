package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import maxwell.model.ModelPackage;

/**
 * Fails when src-gen was not regenerated after model/maxwell.ecore changed: the package compiled
 * into the bundle must describe exactly what the .ecore shipped with it describes.
 */
class GeneratedCodeMatchesEcoreTest {

	@Test
	void generatedPackageDescribesTheEcoreModel() throws Exception {
		List<String> ecore = describe(ecoreFromBundle());
		List<String> generated = describe(ModelPackage.eINSTANCE);
		List<String> onlyInEcore = new ArrayList<>(ecore);
		onlyInEcore.removeAll(generated);
		List<String> onlyGenerated = new ArrayList<>(generated);
		onlyGenerated.removeAll(ecore);
		assertEquals(ecore, generated, "src-gen is stale; run releng/maxwell.codegen/regenerate.sh"
				+ "\n only in maxwell.ecore: " + onlyInEcore + "\n only in src-gen: " + onlyGenerated);
	}

	private static EPackage ecoreFromBundle() throws Exception {
		URL url = FrameworkUtil.getBundle(ModelPackage.class).getEntry("model/maxwell.ecore");
		assertNotNull(url, "model/maxwell.ecore is not in the maxwell.model bundle (bin.includes?)");
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createURI("maxwell.ecore"));
		try (var in = url.openStream()) {
			resource.load(in, null);
		}
		EcoreUtil.resolveAll(resource);
		return (EPackage) resource.getContents().get(0);
	}

	/** One line per fact the generated code encodes; a list diff shows what is stale. */
	private static List<String> describe(EPackage ePackage) {
		List<String> facts = new ArrayList<>();
		facts.add("package " + ePackage.getName() + " " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				facts.add("class " + eClass.getName() + " abstract=" + eClass.isAbstract() + " interface=" + eClass.isInterface()
						+ " supertypes=" + eClass.getESuperTypes().stream().map(EClass::getName).toList()
						+ " constraints=" + EcoreUtil.getConstraints(eClass));
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					facts.add(describe(eClass, feature));
				}
			} else if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					facts.add("enum " + eEnum.getName() + "." + literal.getName() + "=" + literal.getValue() + " '" + literal.getLiteral() + "'");
				}
			} else {
				facts.add("datatype " + classifier.getName());
			}
		}
		return facts;
	}

	private static String describe(EClass owner, EStructuralFeature feature) {
		String fact = "  " + owner.getName() + "." + feature.getName() + " : " + feature.getEType().getName()
				+ " [" + feature.getLowerBound() + ".." + feature.getUpperBound() + "]"
				+ " default=" + feature.getDefaultValue()
				+ " unique=" + feature.isUnique() + " ordered=" + feature.isOrdered()
				+ " changeable=" + feature.isChangeable() + " transient=" + feature.isTransient()
				+ " volatile=" + feature.isVolatile() + " derived=" + feature.isDerived() + " unsettable=" + feature.isUnsettable();
		if (feature instanceof EReference reference) {
			// Containments resolve proxies only with the genmodel's containmentProxies (off), whatever the .ecore says.
			fact += " containment=" + reference.isContainment()
					+ (reference.isContainment() ? "" : " resolveProxies=" + reference.isResolveProxies())
					+ " opposite=" + (reference.getEOpposite() == null ? null : reference.getEOpposite().getName());
		} else if (feature instanceof EAttribute attribute) {
			fact += " id=" + attribute.isID();
		}
		return fact;
	}
}
