package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.LatentType;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.ModelSpec;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;

public final class ModelSpecRules {

	static final int MIN_PARTITIONS = 2;

	private ModelSpecRules() {
	}

	public static boolean hiddenSizesPositive(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		HiddenSizes.check(report, Literals.MODEL_SPEC__ENCODER_HIDDEN_SIZES, "encoder", model.getEncoderHiddenSizes());
		HiddenSizes.check(report, Literals.MODEL_SPEC__DECODER_HIDDEN_SIZES, "decoder", model.getDecoderHiddenSizes());
		return report.passed();
	}

	/**
	 * beta weights the KL term of a Gaussian latent (beta = 0 is a plain autoencoder with noise).
	 * A deterministic latent has no KL term, so a beta the user changed is most likely a mistake.
	 */
	public static boolean betaUsable(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		double beta = model.getBeta();
		if (model.getLatentType() == LatentType.DETERMINISTIC) {
			if (model.eIsSet(Literals.MODEL_SPEC__BETA)) {
				report.warning(Literals.MODEL_SPEC__BETA, "beta is ignored by a DETERMINISTIC latent");
			}
		} else if (!(beta >= 0) || Double.isInfinite(beta)) {
			report.error(Literals.MODEL_SPEC__BETA, "beta = " + beta + " must be 0 or more");
		}
		return report.passed();
	}

	/** The pairing term pulls codes of the same item together; a negative weight would push them apart. */
	public static boolean pairingWeightNotNegative(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		double weight = model.getPairingWeight();
		if (!(weight >= 0) || Double.isInfinite(weight)) {
			report.error(Literals.MODEL_SPEC__PAIRING_WEIGHT, "the pairing weight = " + weight + " must be 0 or more");
		}
		return report.passed();
	}

	/** The domain MMD term makes the domains' codes alike; a negative weight would pull them apart. */
	public static boolean domainMmdWeightNotNegative(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		double weight = model.getDomainMmdWeight();
		if (!(weight >= 0) || Double.isInfinite(weight)) {
			report.error(Literals.MODEL_SPEC__DOMAIN_MMD_WEIGHT, "the domain MMD weight = " + weight + " must be 0 or more");
		}
		return report.passed();
	}

	/** The cross reconstruction term is a second reconstruction error; a negative weight would reward bad images. */
	public static boolean crossReconstructionWeightNotNegative(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		double weight = model.getCrossReconstructionWeight();
		if (!(weight >= 0) || Double.isInfinite(weight)) {
			report.error(Literals.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT,
					"the cross reconstruction weight = " + weight + " must be 0 or more");
		}
		return report.passed();
	}

	/** Cross reconstruction takes the style code from another item of the same domain: there must be one. */
	public static boolean crossReconstructionHasAStylePartition(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		boolean hasStyle = model.getPartitions().stream().anyMatch(p -> p.getRole() == PartitionRole.STYLE);
		if (model.getCrossReconstructionWeight() > 0 && !hasStyle) {
			report.error(Literals.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT,
					"cross reconstruction needs a partition with role STYLE to take the domain's code from");
		}
		return report.passed();
	}

	/** One partition is no partition: there must be a gate for the demon to sit at. */
	public static boolean enoughPartitions(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		int partitions = model.getPartitions().size();
		if (partitions < MIN_PARTITIONS) {
			report.error(Literals.MODEL_SPEC__PARTITIONS,
					"the model needs at least " + MIN_PARTITIONS + " partitions (has " + partitions + ")");
		}
		return report.passed();
	}

	public static boolean partitionNamesUnique(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		Duplicates.of(model.getPartitions().stream().map(Partition::getName).toList())
				.forEach((name, count) -> report.error(Literals.MODEL_SPEC__PARTITIONS,
						Labels.count(count) + " partitions are named '" + name + "'"));
		return report.passed();
	}

	/** The content chamber is what every segregation measure is relative to. */
	public static boolean hasContentPartition(ModelSpec model, DiagnosticChain diagnostics) {
		Report report = Report.on(model, diagnostics);
		boolean hasContent = model.getPartitions().stream().anyMatch(p -> p.getRole() == PartitionRole.CONTENT);
		if (!hasContent) {
			report.error(Literals.MODEL_SPEC__PARTITIONS, "the model needs a CONTENT partition");
		}
		return report.passed();
	}
}
