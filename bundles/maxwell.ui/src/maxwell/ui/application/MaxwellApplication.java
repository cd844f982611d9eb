package maxwell.ui.application;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import maxwell.model.io.ExperimentFileException;
import maxwell.model.templates.ExampleExperiments;

/** The Maxwell workbench application: claims the workspace, seeds a new one with examples, runs the workbench. */
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
            if (claim.firstUse()) {
                seedExamples(Paths.get(claim.folder()));
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

    /** A first-time user finds experiments to open; failing to write them must not stop the workbench. */
    private static void seedExamples(Path workspace) {
        try {
            ExampleExperiments.seedIfEmpty(workspace);
        } catch (IOException | ExperimentFileException e) {
            ILog.of(MaxwellApplication.class).warn("Could not write the example experiments into " + workspace, e);
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
