package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;

import maxwell.ui.experiments.NavigatorRows.ExperimentRow;
import maxwell.ui.experiments.NavigatorRows.RunRow;

/** A handler enabled by what is selected in the navigator. */
abstract class SelectionHandler extends AbstractHandler {

    protected abstract boolean isEnabledFor(List<?> selection);

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = evaluationContext instanceof IEvaluationContext context
                ? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME)
                : null;
        setBaseEnabled(isEnabledFor(selection instanceof IStructuredSelection structured ? structured.toList() : List.of()));
    }

    static List<?> selected(Object selection) {
        return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
    }

    static List<RunRow> runs(List<?> selection) {
        return selection.stream().filter(RunRow.class::isInstance).map(RunRow.class::cast).toList();
    }

    static List<ExperimentRow> experiments(List<?> selection) {
        return selection.stream().filter(ExperimentRow.class::isInstance).map(ExperimentRow.class::cast)
                .filter(row -> row.file() != null).toList();
    }
}
