package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.ModelPackage.Literals;
import maxwell.model.Partition;

public final class PartitionRules {

	private PartitionRules() {
	}

	public static boolean hasName(Partition partition, DiagnosticChain diagnostics) {
		Report report = Report.on(partition, diagnostics);
		if (Labels.isBlank(partition.getName())) {
			report.error(Literals.PARTITION__NAME, "partition " + Labels.positionOf(partition) + " has no name");
		}
		return report.passed();
	}

	public static boolean dimensionPositive(Partition partition, DiagnosticChain diagnostics) {
		Report report = Report.on(partition, diagnostics);
		if (partition.getDimension() < 1) {
			report.error(Literals.PARTITION__DIMENSION, "partition " + Labels.named(partition.getName(), partition)
					+ " has dimension " + partition.getDimension());
		}
		return report.passed();
	}
}
