package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.experiments.NavigatorRows.ExperimentRow;
import maxwell.ui.runs.RunLauncher;

/**
 * Run: in an experiment editor, runs that experiment (saving it first); in the navigator, runs
 * the selected experiments as they are on disk.
 */
public final class RunExperimentHandler extends SelectionHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        if (evaluationContext instanceof IEvaluationContext context
                && context.getVariable(ISources.ACTIVE_PART_NAME) instanceof ExperimentEditor) {
            setBaseEnabled(true);
            return;
        }
        super.setEnabled(evaluationContext);
    }

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        return !experiments(selection).isEmpty();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof ExperimentEditor editor) {
            editor.runAction().run();
            return null;
        }
        for (ExperimentRow row : experiments(selected(HandlerUtil.getCurrentSelection(event)))) {
            if (row.entry().hasErrors() || !row.entry().isReadable()) {
                MessageDialog.openError(HandlerUtil.getActiveShell(event), "Cannot run " + row.name(),
                        "Fix the experiment first: " + row.entry().status());
                continue;
            }
            RunLauncher.start(row.file());
        }
        return null;
    }
}
