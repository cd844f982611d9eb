package maxwell.model.tests;

import java.util.List;

import maxwell.model.Experiment;
import maxwell.model.Partition;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.model.validation.ExperimentValidation;
import maxwell.model.validation.Problem;

/** Fixtures: a valid experiment to break one rule at a time, and compact views of validation results. */
final class Experiments {

	private Experiments() {
	}

	/** The synthetic map tiles template: valid, with partitions content (0) and style (1). */
	static Experiment valid() {
		return ExperimentTemplates.syntheticMapTiles();
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
