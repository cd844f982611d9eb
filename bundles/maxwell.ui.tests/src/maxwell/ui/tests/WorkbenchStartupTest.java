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
@org.junit.jupiter.api.Order(1)
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
        assertTrue(Platform.getPreferencesService().getBoolean("org.eclipse.ui.workbench", "RUN_IN_BACKGROUND", false, null),
                "starting a run never puts up a modal progress dialog");

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
    void resetPerspectiveBringsBackTheLayout() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        IViewPart experiments = page.findView(MaxwellPerspective.EXPERIMENTS_VIEW);
        page.hideView(experiments);
        assertEquals(null, page.findView(MaxwellPerspective.EXPERIMENTS_VIEW));

        page.resetPerspective();

        assertNotNull(page.findView(MaxwellPerspective.EXPERIMENTS_VIEW));
        Screenshots.capture(page.getWorkbenchWindow().getShell().getDisplay(), "workbench-after-reset-perspective");
    }

    @Test
    void theLayoutGivesNavigatorEditorAndBottomViewsRoomAtCommonScreenSizes() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();
        page.resetPerspective();
        for (int[] size : new int[][] { { 1280, 1024 }, { 1920, 1080 } }) {
            window.getShell().setBounds(0, 0, size[0], size[1]);
            Screenshots.settle(window.getShell().getDisplay());
            org.eclipse.swt.widgets.Control navigator = ((maxwell.ui.experiments.ExperimentsView) page
                    .findView(MaxwellPerspective.EXPERIMENTS_VIEW)).getViewer().getControl();
            org.eclipse.swt.widgets.Control problems = findTable(page);
            int width = navigator.getSize().x;
            assertTrue(width >= 300 && width <= size[0] * 0.35, size[0] + " wide: the navigator is " + width + " px");
            int editorWidth = size[0] - width;
            assertTrue(editorWidth >= 800, size[0] + " wide: the editors keep " + editorWidth + " px");
            assertTrue(problems.getSize().y >= 150, size[1] + " high: the problems list is " + problems.getSize().y + " px");
            Screenshots.captureWindow(window.getShell(), "workbench-layout-" + size[0] + "x" + size[1]);
        }
        window.getShell().setBounds(0, 0, 1280, 960);
    }

    @Test
    void theNavigatorRemembersItsColumnWidths() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
        maxwell.ui.experiments.ExperimentsView view = (maxwell.ui.experiments.ExperimentsView) page
                .showView(MaxwellPerspective.EXPERIMENTS_VIEW);
        view.getViewer().getTree().getColumn(1).setWidth(222);
        org.eclipse.ui.XMLMemento state = org.eclipse.ui.XMLMemento.createWriteRoot("view");
        view.saveState(state);
        assertEquals(222, state.getInteger("columnWidth1"));
        Screenshots.capture(page.getWorkbenchWindow().getShell().getDisplay(), "navigator-column-widths");
    }

    private static org.eclipse.swt.widgets.Control findTable(IWorkbenchPage page) throws Exception {
        maxwell.ui.problems.ExperimentProblemsView view = (maxwell.ui.problems.ExperimentProblemsView) page
                .showView(MaxwellPerspective.PROBLEMS_VIEW);
        // The Training Dashboard is the bottom folder's first tab: bringing Problems up lays it out first.
        Screenshots.settle(page.getWorkbenchWindow().getShell().getDisplay());
        return view.viewerControl();
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
