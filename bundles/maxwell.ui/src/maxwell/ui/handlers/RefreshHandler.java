package maxwell.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.experiments.ExperimentsView;

/** Reads the workspace again (F5 in the navigator). */
public final class RefreshHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof ExperimentsView view) {
            view.refresh();
        }
        return null;
    }
}
