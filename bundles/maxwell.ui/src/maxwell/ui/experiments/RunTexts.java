package maxwell.ui.experiments;

import java.util.Locale;

import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.ui.experiments.NavigatorRows.RunRow;

/** How a run's state reads in the navigator. */
final class RunTexts {

    private RunTexts() {
    }

    static String status(RunRow run) {
        if (run.status() == null) {
            return "unreadable: " + run.summary().problem();
        }
        String word = run.status().getName().toLowerCase(Locale.ROOT);
        if (run.status() == RunStatus.RUNNING) {
            if (run.percent() >= 0) {
                return "running " + run.percent() + "%";
            }
            // another process (the command line) trains it: its progress is in the details, its process there too
            return run.trainingHere() ? "running" : "running elsewhere";
        }
        if (run.status() == RunStatus.FAILED && run.summary().record().getFailure() != null) {
            return "failed: " + run.summary().record().getFailure();
        }
        return word;
    }

    static String details(RunRow run) {
        RunRecord record = run.summary().record();
        if (record == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (run.stepsDone() >= 0) {
            text.append("step ").append(run.stepsDone());
            if (run.totalSteps() > 0) {
                text.append(" of ").append(run.totalSteps());
            }
        }
        if (record.getEpochsDone() > 0) {
            text.append(text.isEmpty() ? "" : " · ").append(String.format(Locale.ROOT, "%.2f epochs", record.getEpochsDone()));
        }
        if (run.isStopped() && record.getLastCheckpointStep() >= 0) {
            text.append(text.isEmpty() ? "" : " · ").append("resumes from step ").append(record.getLastCheckpointStep());
        }
        text.append(text.isEmpty() ? "" : " · ").append("seed ").append(record.getSeed());
        if (run.status() == RunStatus.RUNNING && !run.trainingHere()) {
            text.append(" · process ").append(record.getProcessId()).append(" on ").append(record.getHost());
        }
        return text.toString();
    }

    static String started(RunRow run) {
        RunRecord record = run.summary().record();
        if (record == null) {
            return "";
        }
        return ExperimentsView.time(record.getStarted() != null ? record.getStarted() : record.getCreated());
    }
}
