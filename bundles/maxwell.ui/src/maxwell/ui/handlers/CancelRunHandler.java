package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.RunLauncher;

/** Cancels the selected runs that train in this workbench; each checkpoints before it stops. */
public final class CancelRunHandler extends SelectionHandler {

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        return runs(selection).stream().anyMatch(RunRow::trainingHere);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        runs(selected(HandlerUtil.getCurrentSelection(event))).stream().filter(RunRow::trainingHere)
                .forEach(run -> RunLauncher.cancel(run.runId()));
        return null;
    }
}
