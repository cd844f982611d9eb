package maxwell.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.ExperimentFileInput;
import maxwell.ui.experiments.NavigatorRows.ExperimentRow;

/** Opens the selected experiments in the experiment editor. */
public final class OpenExperimentHandler extends SelectionHandler {

    @Override
    protected boolean isEnabledFor(List<?> selection) {
        return !experiments(selection).isEmpty();
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        for (ExperimentRow row : experiments(selected(HandlerUtil.getCurrentSelection(event)))) {
            if (row.entry().isReadable()) {
                try {
                    page.openEditor(new ExperimentFileInput(row.file()), ExperimentEditor.ID);
                } catch (PartInitException e) {
                    throw new ExecutionException("Cannot open " + row.file() + ": " + e.getMessage(), e);
                }
            } else {
                org.eclipse.jface.dialogs.MessageDialog.openError(HandlerUtil.getActiveShell(event),
                        "Cannot open " + row.file().getFileName(), row.entry().status());
            }
        }
        return null;
    }
}
