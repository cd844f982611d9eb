package maxwell.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * What the Eclipse workspace and plug-in registry would provide: platform:/resource/&lt;project&gt;
 * mapped to a folder, platform:/plugin/org.eclipse.emf.ecore mapped to the Ecore jar (for
 * Ecore.genmodel), and resource factories for .ecore and .genmodel.
 */
final class StandaloneEmf {

	private final ResourceSet resourceSet = new ResourceSetImpl();

	private final String projectName;

	StandaloneEmf(String projectName, Path projectRoot) {
		this.projectName = projectName;
		mapProjectTo(projectRoot);
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		URI ecoreJar = URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString());
		resourceSet.getURIConverter().getURIMap()
				.put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false), ecoreJar);
	}

	/** Points platform:/resource/&lt;project&gt;/ (where the generator writes) at {@code projectRoot}. */
	void mapProjectTo(Path projectRoot) {
		EcorePlugin.getPlatformResourceMap().put(projectName, URI.createFileURI(projectRoot + "/"));
	}

	ResourceSet resourceSet() {
		return resourceSet;
	}

	/** Saves like the Eclipse genmodel editor does; writes {@code file} only when its bytes would change. */
	boolean saveIfChanged(Resource resource, Path file) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 80);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		// keeps platform:/plugin/... absolute instead of ../../../plugin/... relative to platform:/resource
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, options);
		byte[] content = bytes.toByteArray();
		if (Files.isRegularFile(file) && Arrays.equals(content, Files.readAllBytes(file))) {
			return false;
		}
		Files.write(file, content);
		return true;
	}
}
