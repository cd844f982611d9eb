package maxwell.codegen;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

/** Runs EMF's model-project generator (the templates and merge rules shipped in org.eclipse.emf.codegen.ecore). */
final class ModelCodeGenerator {

	void generate(GenModel genModel) throws GenerationFailedException {
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry()
				.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		try {
			Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
					new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new GenerationFailedException(describe(result));
			}
			if (result.getSeverity() == Diagnostic.WARNING) {
				System.out.println(describe(result));
			}
		} finally {
			generator.dispose();
		}
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(System.lineSeparator()).append("  ").append(child.getMessage());
			if (child.getException() != null) {
				text.append(" (").append(child.getException()).append(')');
			}
		}
		if (diagnostic.getException() != null) {
			text.append(" (").append(diagnostic.getException()).append(')');
		}
		return text.toString();
	}
}
