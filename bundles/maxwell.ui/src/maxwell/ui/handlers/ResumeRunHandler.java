package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.RunLauncher;

/** Continues the selected stopped runs (cancelled, interrupted, failed) from their last checkpoints. */
public final class ResumeRunHandler extends SelectionHandler {

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        return runs(selection).stream().anyMatch(run -> run.isStopped() && !run.trainingHere());
    }

    @Override
    public Object execute(ExecutionEvent event) {
        runs(selected(HandlerUtil.getCurrentSelection(event))).stream().filter(run -> run.isStopped() && !run.trainingHere())
                .forEach(run -> RunLauncher.resume(run.run()));
        return null;
    }
}
