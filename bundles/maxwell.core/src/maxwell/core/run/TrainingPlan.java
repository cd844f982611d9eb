package maxwell.core.run;

import maxwell.model.IntervalUnit;
import maxwell.model.TrainingSpec;

/**
 * The step arithmetic of a run: how many steps an epoch has, when to evaluate and checkpoint, and
 * where a resumed run picks up (epoch and batch within it).
 */
record TrainingPlan(int epochs, int batchSize, int stepsPerEpoch, int evaluationEvery, int checkpointEvery) {

    static TrainingPlan of(TrainingSpec training, int trainSamples) {
        int batch = training.getBatchSize();
        int stepsPerEpoch = Math.max(1, (trainSamples + batch - 1) / batch);
        return new TrainingPlan(training.getEpochs(), batch, stepsPerEpoch,
                steps(training.getEvaluationInterval(), training.getEvaluationUnit(), stepsPerEpoch),
                steps(training.getCheckpointInterval(), training.getCheckpointUnit(), stepsPerEpoch));
    }

    private static int steps(int interval, IntervalUnit unit, int stepsPerEpoch) {
        return Math.max(1, unit == IntervalUnit.EPOCH ? interval * stepsPerEpoch : interval);
    }

    long totalSteps() {
        return (long) epochs * stepsPerEpoch;
    }

    int epochOf(long step) {
        return (int) (step / stepsPerEpoch);
    }

    int batchInEpoch(long step) {
        return (int) (step % stepsPerEpoch);
    }

    double progressInEpochs(long step) {
        return (double) step / stepsPerEpoch;
    }

    boolean evaluatesAfter(long stepsDone) {
        return stepsDone % evaluationEvery == 0 || stepsDone == totalSteps();
    }

    boolean checkpointsAfter(long stepsDone) {
        return stepsDone % checkpointEvery == 0 || stepsDone == totalSteps();
    }
}
