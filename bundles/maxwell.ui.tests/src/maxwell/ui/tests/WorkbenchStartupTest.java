package maxwell.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import maxwell.ui.application.MaxwellPerspective;

/** The product starts the way a user sees it: Maxwell window, Maxwell perspective, its views. */
class WorkbenchStartupTest {

    @Test
    void opensOnTheMaxwellPerspectiveWithTheExperimentsView() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();

        assertEquals("maxwell.ui.product", Platform.getProduct().getId());
        assertEquals(MaxwellPerspective.ID, page.getPerspective().getId());
        IViewPart experiments = page.findView(MaxwellPerspective.EXPERIMENTS_VIEW);
        assertNotNull(experiments, "the Experiments view is part of the perspective");
        assertNotNull(page.findView(MaxwellPerspective.PROBLEMS_VIEW), "the Experiment Problems view is part of the perspective");
        assertNotNull(page.findView(MaxwellPerspective.PROGRESS_VIEW), "the Progress view is part of the perspective");

        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 960);
        shell.forceActive();
        assertTrue(shell.getText().startsWith("Maxwell"), "window title: " + shell.getText());

        ImageData screen = Screenshots.capture(display, "workbench-maxwell-perspective");
        assertTrue(Files.size(Screenshots.folder().resolve("workbench-maxwell-perspective.png")) > 10_000,
                "the screenshot is not blank");
        assertTrue(distinctColours(screen) > 16, "the screen shows a drawn window, not a flat colour");
    }

    @Test
    void resetPerspectiveBringsBackTheLayout() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        IViewPart experiments = page.findView(MaxwellPerspective.EXPERIMENTS_VIEW);
        page.hideView(experiments);
        assertEquals(null, page.findView(MaxwellPerspective.EXPERIMENTS_VIEW));

        page.resetPerspective();

        assertNotNull(page.findView(MaxwellPerspective.EXPERIMENTS_VIEW));
    }

    private static int distinctColours(ImageData data) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
