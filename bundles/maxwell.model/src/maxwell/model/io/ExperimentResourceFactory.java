package maxwell.model.io;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates XMI resources for *.maxwell files with the options every reader and writer of
 * experiments shares (the editor through plugin.xml, the CLI through {@link ExperimentFiles}).
 */
public class ExperimentResourceFactory extends XMIResourceFactoryImpl {

	/** The file extension of experiment files, without the dot. */
	public static final String EXTENSION = "maxwell";

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		resource.setEncoding("UTF-8");
		resource.getDefaultSaveOptions().putAll(saveOptions());
		resource.getDefaultLoadOptions().putAll(loadOptions());
		return resource;
	}

	static Map<Object, Object> saveOptions() {
		// Wrapped lines keep diffs of experiment files small.
		return Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
				XMLResource.OPTION_LINE_WIDTH, 80);
	}

	static Map<Object, Object> loadOptions() {
		// Experiments are shared files: no DOCTYPE means no external entities to fetch or expand.
		return Map.of(XMLResource.OPTION_PARSER_FEATURES, Map.of(DISALLOW_DOCTYPE, Boolean.TRUE));
	}
}
