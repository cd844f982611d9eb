package maxwell.model.validation.rules;

import java.util.List;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.ModelPackage.Literals;

public final class DatasetRules {

	static final int MIN_IMAGE_SIZE = 8;
	static final int MAX_IMAGE_SIZE = 512;
	static final int MIN_DOMAINS = 2;

	private DatasetRules() {
	}

	public static boolean imageSizeInRange(DatasetSpec data, DiagnosticChain diagnostics) {
		Report report = Report.on(data, diagnostics);
		int size = data.getImageSize();
		if (size < MIN_IMAGE_SIZE || size > MAX_IMAGE_SIZE) {
			report.error(Literals.DATASET_SPEC__IMAGE_SIZE,
					"image size " + size + " is outside " + MIN_IMAGE_SIZE + ".." + MAX_IMAGE_SIZE);
		}
		return report.passed();
	}

	public static boolean channelsSupported(DatasetSpec data, DiagnosticChain diagnostics) {
		Report report = Report.on(data, diagnostics);
		int channels = data.getChannels();
		if (channels != 1 && channels != 3) {
			report.error(Literals.DATASET_SPEC__CHANNELS, "channels must be 1 or 3 (is " + channels + ")");
		}
		return report.passed();
	}

	/** With one domain there is nothing for the adversary to tell apart. */
	public static boolean enoughDomains(DatasetSpec data, DiagnosticChain diagnostics) {
		Report report = Report.on(data, diagnostics);
		int domains = data.getDomains().size();
		if (domains < MIN_DOMAINS) {
			report.error(Literals.DATASET_SPEC__DOMAINS,
					"the dataset needs at least " + MIN_DOMAINS + " domains (has " + domains + ")");
		}
		return report.passed();
	}

	/** Domain names label runs, plots and the demon's ledger, so two equal names would be indistinguishable. */
	public static boolean domainNamesUnique(DatasetSpec data, DiagnosticChain diagnostics) {
		Report report = Report.on(data, diagnostics);
		List<String> names = data.getDomains().stream().map(Domain::getName).toList();
		Duplicates.of(names).forEach((name, count) -> report.error(Literals.DATASET_SPEC__DOMAINS,
				Labels.count(count) + " domains are named '" + name + "'"));
		return report.passed();
	}

	public static boolean setSizesPositive(DatasetSpec data, DiagnosticChain diagnostics) {
		Report report = Report.on(data, diagnostics);
		if (data.getTrainSize() < 1) {
			report.error(Literals.DATASET_SPEC__TRAIN_SIZE,
					"the training set size must be at least 1 (is " + data.getTrainSize() + ")");
		}
		if (data.getProbeSize() < 1) {
			report.error(Literals.DATASET_SPEC__PROBE_SIZE,
					"the probe set size must be at least 1 (is " + data.getProbeSize() + ")");
		}
		return report.passed();
	}
}
