package maxwell.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.ui.experiments.ExperimentsView;

/** The Experiments view shows what is in the workspace, including files that are broken. */
class ExperimentsViewTest {

    @Test
    void listsTheWorkspaceExperimentsWithTheirValidationStatus() throws Exception {
        Path workspace = Workbench.workspace();
        Path folder = Files.createDirectories(workspace.resolve("view-test"));
        ExperimentFiles.save(ExperimentTemplates.syntheticMapTiles(), folder.resolve("tiles.maxwell"));
        Experiment invalid = ExperimentTemplates.syntheticMapTiles();
        invalid.setName("no style");
        invalid.getModel().getPartitions().get(1).setDimension(0);
        ExperimentFiles.save(invalid, folder.resolve("invalid.maxwell"));
        Path truncated = folder.resolve("truncated.maxwell");
        String whole = Files.readString(folder.resolve("tiles.maxwell"));
        Files.writeString(truncated, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
        byte[] truncatedBefore = Files.readAllBytes(truncated);
        // A run folder keeps a copy of its experiment: that copy is not one of the workspace's experiments.
        Path runCopy = Files.createDirectories(workspace.resolve("runs/some-run-20260101-000000"));
        ExperimentFiles.save(ExperimentTemplates.syntheticMapTiles(), runCopy.resolve("experiment.maxwell"));

        IWorkbenchPage page = Workbench.page();
        ExperimentsView view = (ExperimentsView) page.showView(ExperimentsView.ID);
        Display display = Workbench.display();
        Job scan = view.refresh();
        Workbench.join(scan, 30_000);
        Screenshots.settle(display);

        Map<String, String> statusByFile = new HashMap<>();
        for (TreeItem item : view.getViewer().getTree().getItems()) {
            statusByFile.put(item.getText(3), item.getText(1));
        }
        assertEquals("valid", statusByFile.get("view-test/tiles.maxwell"), statusByFile.toString());
        assertTrue(statusByFile.get("view-test/invalid.maxwell").contains("partition 'style' has dimension 0"),
                statusByFile.toString());
        assertTrue(statusByFile.get("view-test/truncated.maxwell").startsWith("does not load:"), statusByFile.toString());
        assertTrue(view.getContentDescription().contains("with problems"), view.getContentDescription());
        // The harness started on a new workspace, which Maxwell seeds with its examples.
        assertEquals("valid", statusByFile.get("examples/synthetic-map-tiles.maxwell"), statusByFile.toString());
        assertEquals("valid", statusByFile.get("examples/fashion-mnist-domains.maxwell"), statusByFile.toString());
        assertEquals(3, view.entries().stream().filter(e -> e.relativeFile().startsWith("view-test")).count());
        assertTrue(view.entries().stream().noneMatch(e -> e.relativeFile().startsWith("runs")),
                "run folders' copies are not listed: " + statusByFile.keySet());
        assertTrue(java.util.Arrays.equals(truncatedBefore, Files.readAllBytes(truncated)),
                "a broken file is only read, never rewritten");

        Screenshots.capture(display, "experiments-view");
    }

    @Test
    void showsAnExperimentAnotherProgramWroteWithoutBeingAsked() throws Exception {
        ExperimentsView view = (ExperimentsView) Workbench.page().showView(ExperimentsView.ID);
        Workbench.join(view.refresh(), 30_000);
        Path file = Files.createDirectories(Workbench.workspace().resolve("written-elsewhere")).resolve("cli.maxwell");
        Experiment experiment = ExperimentTemplates.fashionMnist();
        experiment.setName("from the command line");
        ExperimentFiles.save(experiment, file);

        Workbench.waitUntil(() -> "the navigator to notice the new file; jobs: " + java.util.Arrays.stream(
                org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)).map(job -> job.getName() + "=" + job.getState())
                .toList() + "; entries " + view.entries().size(), 15_000,
                () -> view.entries().stream().anyMatch(entry -> entry.file().equals(file)));
        Screenshots.capture(Workbench.display(), "experiments-view-file-written-elsewhere");
    }
}
