package maxwell.model.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.DatasetKind;
import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.templates.Renderings;

public final class DomainRules {

	private DomainRules() {
	}

	public static boolean hasName(Domain domain, DiagnosticChain diagnostics) {
		Report report = Report.on(domain, diagnostics);
		if (Labels.isBlank(domain.getName())) {
			report.error(Literals.DOMAIN__NAME, "domain " + Labels.positionOf(domain) + " has no name");
		}
		return report.passed();
	}

	/** Generated kinds draw every domain with a renderer; tile sources are read from disk and need none. */
	public static boolean hasRendering(Domain domain, DiagnosticChain diagnostics) {
		Report report = Report.on(domain, diagnostics);
		DatasetKind kind = kindOf(domain);
		if (kind == null || kind == DatasetKind.TILE_SOURCES) {
			return true;
		}
		String rendering = domain.getRendering();
		List<String> known = Renderings.of(kind);
		if (Labels.isBlank(rendering)) {
			report.error(Literals.DOMAIN__RENDERING, "domain " + label(domain) + " needs a rendering");
		} else if (!known.contains(rendering)) {
			report.warning(Literals.DOMAIN__RENDERING, "domain " + label(domain) + " uses rendering '" + rendering
					+ "', which " + kind + " does not provide (" + String.join(", ", known) + ")");
		}
		return report.passed();
	}

	public static boolean tileSourceHasLocation(Domain domain, DiagnosticChain diagnostics) {
		Report report = Report.on(domain, diagnostics);
		if (kindOf(domain) == DatasetKind.TILE_SOURCES && Labels.isBlank(domain.getLocation())) {
			report.error(Literals.DOMAIN__LOCATION, "a TILE_SOURCES domain " + label(domain) + " needs a location");
		}
		return report.passed();
	}

	private static String label(Domain domain) {
		return Labels.named(domain.getName(), domain);
	}

	private static DatasetKind kindOf(Domain domain) {
		return domain.eContainer() instanceof DatasetSpec data ? data.getKind() : null;
	}
}
