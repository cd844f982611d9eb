package maxwell.ui.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Maxwell workbench application: claims the workspace, then runs the workbench. */
public final class MaxwellApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            WorkspaceClaim claim = WorkspaceClaim.claim(Platform.getInstanceLocation());
            if (!claim.granted()) {
                WorkspaceClaim.explain(display, claim);
                return EXIT_OK;
            }
            context.applicationRunning();
            int code = PlatformUI.createAndRunWorkbench(display, new MaxwellWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.isLocked()) {
                instance.release();
            }
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
