package maxwell.ui.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

/** The main window: titled with the workspace, sized for 1280×1024 screens. */
final class MaxwellWindowAdvisor extends WorkbenchWindowAdvisor {

    MaxwellWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MaxwellActionBarAdvisor(configurer);
    }

    /** Active in every Maxwell window: its key bindings take precedence over the generic workbench ones. */
    static final String MAXWELL_CONTEXT = "maxwell.ui.contexts.workbench";

    @Override
    public void postWindowOpen() {
        getWindowConfigurer().getWindow().getService(IContextService.class).activateContext(MAXWELL_CONTEXT);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 960));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("Maxwell — " + Platform.getInstanceLocation().getURL().getPath());
    }
}
