package maxwell.model.validation.rules;

import org.eclipse.emf.common.util.DiagnosticChain;

import maxwell.model.Experiment;
import maxwell.model.ModelPackage.Literals;
import maxwell.model.TrainingSpec;

public final class TrainingRules {

	private TrainingRules() {
	}

	public static boolean epochsPositive(TrainingSpec training, DiagnosticChain diagnostics) {
		Report report = Report.on(training, diagnostics);
		if (training.getEpochs() < 1) {
			report.error(Literals.TRAINING_SPEC__EPOCHS,
					"training needs at least 1 epoch (epochs = " + training.getEpochs() + ")");
		}
		return report.passed();
	}

	/** A batch larger than the training set would silently shrink to it; the user meant something else. */
	public static boolean batchSizeFits(TrainingSpec training, DiagnosticChain diagnostics) {
		Report report = Report.on(training, diagnostics);
		int batch = training.getBatchSize();
		int trainSize = trainSizeOf(training);
		if (batch < 1) {
			report.error(Literals.TRAINING_SPEC__BATCH_SIZE, "batch size " + batch + " must be at least 1");
		} else if (trainSize >= 1 && batch > trainSize) {
			report.error(Literals.TRAINING_SPEC__BATCH_SIZE,
					"batch size " + batch + " is larger than the training set (" + trainSize + " images)");
		}
		return report.passed();
	}

	public static boolean learningRatePositive(TrainingSpec training, DiagnosticChain diagnostics) {
		Report report = Report.on(training, diagnostics);
		if (!LearningRates.isValid(training.getLearningRate())) {
			report.error(Literals.TRAINING_SPEC__LEARNING_RATE,
					"the learning rate " + training.getLearningRate() + " must be positive");
		}
		return report.passed();
	}

	public static boolean intervalsPositive(TrainingSpec training, DiagnosticChain diagnostics) {
		Report report = Report.on(training, diagnostics);
		if (training.getEvaluationInterval() < 1) {
			report.error(Literals.TRAINING_SPEC__EVALUATION_INTERVAL,
					"the evaluation interval " + training.getEvaluationInterval() + " must be at least 1");
		}
		if (training.getCheckpointInterval() < 1) {
			report.error(Literals.TRAINING_SPEC__CHECKPOINT_INTERVAL,
					"the checkpoint interval " + training.getCheckpointInterval() + " must be at least 1");
		}
		return report.passed();
	}

	/** Both are shares: of the run (where the decay starts) and of the learning rate (where it ends). */
	public static boolean learningRateDecayInRange(TrainingSpec training, DiagnosticChain diagnostics) {
		Report report = Report.on(training, diagnostics);
		double start = training.getLearningRateDecayStart();
		if (!(start >= 0 && start <= 1)) {
			report.error(Literals.TRAINING_SPEC__LEARNING_RATE_DECAY_START,
					"the learning rate decay starts at a share of the run from 0 to 1 (is " + start + ")");
		}
		double last = training.getFinalLearningRateFactor();
		if (!(last > 0 && last <= 1)) {
			report.error(Literals.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR,
					"the final learning rate factor must be above 0 and at most 1 (is " + last + ")");
		}
		return report.passed();
	}

	/**
	 * trainSize counts items (places, garments), each seen in every domain, so the training set has
	 * trainSize × domains images.
	 *
	 * @return the number of training images, or 0 when there is no dataset to compare with (reported elsewhere)
	 */
	private static int trainSizeOf(TrainingSpec training) {
		if (training.eContainer() instanceof Experiment experiment && experiment.getData() != null) {
			int domains = Math.max(1, experiment.getData().getDomains().size());
			return (int) Math.min(Integer.MAX_VALUE, (long) experiment.getData().getTrainSize() * domains);
		}
		return 0;
	}
}
