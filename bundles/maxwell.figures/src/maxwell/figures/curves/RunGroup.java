package maxwell.figures.curves;

import java.util.List;

import maxwell.figures.data.RunFigureData;

/**
 * Runs drawn as one curve: a single run, or repeats of one experiment that differ only by seed
 * (drawn as their mean with a min–max band).
 */
public record RunGroup(String label, List<RunFigureData> runs) {

    public RunGroup {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a run group needs at least one run");
        }
    }

    public static RunGroup of(RunFigureData run) {
        return new RunGroup(run.runId(), List.of(run));
    }
}
