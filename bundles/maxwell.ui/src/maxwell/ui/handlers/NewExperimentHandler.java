package maxwell.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import maxwell.ui.wizards.NewExperimentWizard;

/** File > New Experiment: the wizard that writes a new experiment from a template and opens it. */
public final class NewExperimentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), null);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
