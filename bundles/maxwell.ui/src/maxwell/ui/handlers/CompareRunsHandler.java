package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.compare.RunComparisonEditor;
import maxwell.ui.compare.RunComparisonInput;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.Workspace;

/** Opens the comparison of the selected runs (two or more). */
public final class CompareRunsHandler extends SelectionHandler {

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        return runs(selection).size() >= 2;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        // oldest first, whatever order they were picked in: a comparison reads left to right in time
        List<String> runIds = runs(selected(HandlerUtil.getCurrentSelection(event))).stream()
                .sorted(java.util.Comparator.comparing((RunRow run) -> run.summary().record() == null ? new java.util.Date(0)
                        : run.summary().record().getCreated()).thenComparing(RunRow::runId))
                .map(RunRow::runId).toList();
        if (runIds.size() < 2) {
            return null;
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .openEditor(new RunComparisonInput(Workspace.runStore().root(), runIds), RunComparisonEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot compare the runs: " + e.getMessage(), e);
        }
        return null;
    }
}
