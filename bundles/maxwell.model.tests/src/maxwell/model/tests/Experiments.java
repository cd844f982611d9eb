package maxwell.model.tests;

import java.util.List;

import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.model.Partition;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.model.validation.ExperimentValidation;
import maxwell.model.validation.Problem;

/** Fixtures: a valid experiment to break one rule at a time, and compact views of validation results. */
final class Experiments {

	private Experiments() {
	}

	/** The synthetic map tiles template: valid, with partitions content (0) and style (1). */
	/** The map-tile template as a VAE: the rule tests each change one setting of a Gaussian latent. */
	static Experiment valid() {
		Experiment experiment = ExperimentTemplates.syntheticMapTiles();
		experiment.getModel().setLatentType(LatentType.GAUSSIAN);
		return experiment;
	}

	static Partition content(Experiment experiment) {
		return experiment.getModel().getPartitions().get(0);
	}

	static Partition style(Experiment experiment) {
		return experiment.getModel().getPartitions().get(1);
	}

	static List<String> messages(Experiment experiment) {
		return ExperimentValidation.problems(experiment).stream().map(Problem::message).toList();
	}

	static List<String> problems(Experiment experiment) {
		return ExperimentValidation.problems(experiment).stream().map(Problem::toString).toList();
	}
}
