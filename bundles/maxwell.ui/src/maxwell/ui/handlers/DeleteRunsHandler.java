package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.model.RunStatus;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.RunLauncher;

/** Deletes the selected runs' folders after asking; a run that trains must be cancelled first. */
public final class DeleteRunsHandler extends SelectionHandler {

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        List<RunRow> runs = runs(selection);
        return !runs.isEmpty() && runs.stream().noneMatch(DeleteRunsHandler::isTraining);
    }

    private static boolean isTraining(RunRow run) {
        return run.trainingHere() || run.status() == RunStatus.RUNNING;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<RunRow> runs = runs(selected(HandlerUtil.getCurrentSelection(event))).stream()
                .filter(run -> !isTraining(run)).toList();
        if (runs.isEmpty()) {
            return null;
        }
        String what = runs.size() == 1 ? "run " + runs.get(0).runId() : runs.size() + " runs";
        if (MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), "Delete " + what,
                "Delete " + what + " with its metrics, snapshots and checkpoints? This cannot be undone.")) {
            RunLauncher.delete(runs.stream().map(RunRow::runId).toList());
        }
        return null;
    }
}
