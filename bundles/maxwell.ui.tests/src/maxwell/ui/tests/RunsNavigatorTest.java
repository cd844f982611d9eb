package maxwell.ui.tests;

import static maxwell.ui.tests.Workbench.display;
import static maxwell.ui.tests.Workbench.execute;
import static maxwell.ui.tests.Workbench.page;
import static maxwell.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import maxwell.core.run.TrainingJob;
import maxwell.model.Experiment;
import maxwell.model.RunStatus;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.ui.application.MaxwellPerspective;
import maxwell.ui.compare.RunComparisonEditor;
import maxwell.ui.compare.SettingsDiff;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.ExperimentFileInput;
import maxwell.ui.experiments.ExperimentsView;
import maxwell.ui.experiments.NavigatorRows.ExperimentRow;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.PrepareRunJob;
import maxwell.ui.runs.RunLauncher;

/**
 * Runs from the user's side: start a tiny run from the editor, watch it in the navigator and the
 * Progress view, cancel and resume it from the navigator, start a second run with another seed,
 * compare the two, delete one.
 */
class RunsNavigatorTest {

    private static final long TRAINING_TIMEOUT_MS = 120_000;

    @Test
    void startFollowCancelResumeCompareAndDeleteRuns() throws Exception {
        Workbench.window().getShell().setBounds(0, 0, 1280, 960);
        Path file = Files.createDirectories(Workbench.workspace().resolve("runs-test")).resolve("tiny.maxwell");
        ExperimentFiles.save(tiny("tiny-ui", 400), file);
        ExperimentsView navigator = (ExperimentsView) page().showView(MaxwellPerspective.EXPERIMENTS_VIEW);
        page().showView(MaxwellPerspective.PROGRESS_VIEW);

        // Start from the editor's Run action.
        ExperimentEditor editor = (ExperimentEditor) page().openEditor(new ExperimentFileInput(file), ExperimentEditor.ID);
        editor.runAction().run();
        PrepareRunJob prepare = ((maxwell.ui.runs.RunExperimentAction) editor.runAction()).lastStarted();
        assertNotNull(prepare, "the Run action started a run");
        Workbench.join(prepare, TRAINING_TIMEOUT_MS);
        assertTrue(prepare.getResult().isOK(), String.valueOf(prepare.getResult()));
        TrainingJob first = prepare.trainingJob();
        String firstRun = first.training().run().runId();

        RunRow running = awaitRun(navigator, firstRun, run -> run.status() == RunStatus.RUNNING && run.stepsDone() > 0);
        assertTrue(running.trainingHere());
        assertTrue(running.totalSteps() > 0);
        String statusText = itemText(navigator, firstRun, 1);
        assertTrue(statusText.startsWith("running"), statusText);
        assertTrue(List.of(Job.getJobManager().find(TrainingJob.FAMILY)).contains(first),
                "the training is a job the Progress view lists");
        Screenshots.capture(display(), "navigator-run-training");

        // Cancel from the navigator.
        select(navigator, running);
        execute("maxwell.ui.commands.cancelRun");
        Workbench.join(first, TRAINING_TIMEOUT_MS);
        RunRow cancelled = awaitRun(navigator, firstRun, run -> run.status() == RunStatus.CANCELLED && !run.trainingHere());
        assertTrue(itemText(navigator, firstRun, 1).equals("cancelled"), itemText(navigator, firstRun, 1));
        long checkpoint = cancelled.summary().record().getLastCheckpointStep();
        assertTrue(checkpoint > 0, "cancelling checkpointed: " + checkpoint);
        Screenshots.capture(display(), "navigator-run-cancelled");

        // Resume it from the navigator: it continues after its checkpoint, then cancel again. The
        // selection follows the run's new state, so Resume works without selecting the run again.
        Object selected = navigator.getViewer().getStructuredSelection().getFirstElement();
        assertEquals(RunStatus.CANCELLED, ((RunRow) selected).status(), "the selection is the run as it is now");
        execute("maxwell.ui.commands.resumeRun");
        TrainingJob resumed = awaitJob(firstRun);
        RunRow again = awaitRun(navigator, firstRun,
                run -> run.status() == RunStatus.RUNNING && run.trainingHere() && run.stepsDone() > checkpoint);
        Screenshots.capture(display(), "navigator-run-resumed");
        select(navigator, again);
        execute("maxwell.ui.commands.cancelRun");
        Workbench.join(resumed, TRAINING_TIMEOUT_MS);
        awaitRun(navigator, firstRun, run -> run.status() == RunStatus.CANCELLED && !run.trainingHere());

        // A second run with another seed, started from the navigator's selection.
        Experiment reseeded = ExperimentFiles.load(file);
        reseeded.setSeed(7);
        ExperimentFiles.save(reseeded, file);
        page().closeEditor(editor, false);
        navigator.refresh();
        ExperimentRow experiment = awaitExperiment(navigator, file);
        select(navigator, experiment);
        execute("maxwell.ui.commands.runExperiment");
        RunRow second = awaitRun(navigator, run -> run.summary().record().getExperimentName().equals("tiny-ui")
                && !run.runId().equals(firstRun) && run.stepsDone() > 0);
        TrainingJob secondJob = RunLauncher.activeJob(second.runId()).orElseThrow();
        RunLauncher.cancel(second.runId());
        Workbench.join(secondJob, TRAINING_TIMEOUT_MS);
        RunRow secondStopped = awaitRun(navigator, second.runId(), run -> run.status() == RunStatus.CANCELLED);
        RunRow firstStopped = awaitRun(navigator, firstRun, run -> run.status() == RunStatus.CANCELLED);

        // Compare the two.
        page().activate(navigator);
        navigator.getViewer().setSelection(new StructuredSelection(List.of(firstStopped, secondStopped)));
        execute("maxwell.ui.commands.compareRuns");
        RunComparisonEditor comparison = (RunComparisonEditor) page().getActiveEditor();
        Workbench.join(comparison.loadJob(), 30_000);
        waitUntil("the comparison to show", 10_000, () -> comparison.comparison() != null);
        List<SettingsDiff.Row> settings = comparison.comparison().settings();
        assertEquals(List.of("42", "7"), setting(settings, "seed").values(), "the seeds differ and are shown");
        assertTrue(settings.stream().noneMatch(row -> row.setting().equals("training.epochs")),
                "settings that agree are left out: " + settings);
        assertTrue(comparison.comparison().metrics().stream()
                .anyMatch(row -> row.metric().equals("loss") && row.values().stream().noneMatch(String::isEmpty)),
                "both runs have a last loss: " + comparison.comparison().metrics());
        assertTrue(comparison.settingsTable().getTable().getItemCount() >= 2);
        Screenshots.capture(display(), "run-comparison");
        page().closeEditor(comparison, false);

        // Delete the second run from the navigator, confirming the question it asks.
        RunRow toDelete = navigator.runs().stream().filter(run -> run.runId().equals(second.runId())).findFirst().orElseThrow();
        select(navigator, toDelete);
        String[] question = new String[1];
        display().timerExec(500, () -> {
            for (org.eclipse.swt.widgets.Shell shell : display().getShells()) {
                if (shell.isVisible() && shell.getText().startsWith("Delete run")) {
                    question[0] = shell.getText();
                    ExperimentEditorTest.pressButton(shell, "OK");
                }
            }
        });
        execute("maxwell.ui.commands.deleteRuns");
        assertEquals("Delete run " + second.runId(), question[0], "the user was asked first");
        waitUntil("the deleted run to leave the navigator", 10_000,
                () -> navigator.runs().stream().noneMatch(run -> run.runId().equals(second.runId())));
        assertFalse(Files.exists(second.run().folder()));
    }

    static Experiment tiny(String name, int epochs) {
        return ExperimentTemplates.tinyMapTiles(name, epochs);
    }

    private static SettingsDiff.Row setting(List<SettingsDiff.Row> rows, String name) {
        return rows.stream().filter(row -> row.setting().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
    }

    private static void select(ExperimentsView navigator, Object row) {
        page().activate(navigator);
        navigator.getViewer().setSelection(new StructuredSelection(row), true);
        Workbench.pump(100);
    }

    private static TrainingJob awaitJob(String runId) {
        Optional<TrainingJob>[] job = new Optional[] { Optional.empty() };
        waitUntil("a training job for " + runId, TRAINING_TIMEOUT_MS, () -> {
            job[0] = RunLauncher.activeJob(runId);
            return job[0].isPresent();
        });
        return job[0].get();
    }

    private static RunRow awaitRun(ExperimentsView navigator, String runId, java.util.function.Predicate<RunRow> condition) {
        return awaitRun(navigator, run -> run.runId().equals(runId) && condition.test(run));
    }

    private static RunRow awaitRun(ExperimentsView navigator, java.util.function.Predicate<RunRow> condition) {
        RunRow[] found = new RunRow[1];
        waitUntil(() -> "a run in the navigator as expected; it shows " + navigator.runs().stream()
                .map(run -> run.runId() + " " + run.status() + " step " + run.stepsDone()).toList(),
                TRAINING_TIMEOUT_MS, () -> {
                    found[0] = navigator.runs().stream().filter(condition).findFirst().orElse(null);
                    return found[0] != null;
                });
        return found[0];
    }

    private static ExperimentRow awaitExperiment(ExperimentsView navigator, Path file) {
        ExperimentRow[] found = new ExperimentRow[1];
        waitUntil("the experiment " + file + " in the navigator", 20_000, () -> {
            found[0] = navigator.rows().stream().filter(row -> file.equals(row.file())).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The text the navigator shows for a run in a column (waits for the tree to show it). */
    private static String itemText(ExperimentsView navigator, String runId, int column) {
        String[] text = new String[1];
        waitUntil("the run " + runId + " in the tree", 10_000, () -> {
            for (TreeItem experiment : navigator.getViewer().getTree().getItems()) {
                navigator.getViewer().setExpandedState(experiment.getData(), true);
                for (TreeItem run : experiment.getItems()) {
                    if (runId.equals(run.getText(0))) {
                        text[0] = run.getText(column);
                        return true;
                    }
                }
            }
            return false;
        });
        return text[0];
    }
}
