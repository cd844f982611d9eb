package maxwell.ui.tests;

import static maxwell.ui.tests.Workbench.display;
import static maxwell.ui.tests.Workbench.execute;
import static maxwell.ui.tests.Workbench.page;
import static maxwell.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import maxwell.core.run.TrainingJob;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.figures.data.RunFigureData;
import maxwell.model.RunStatus;
import maxwell.model.io.ExperimentFiles;
import maxwell.ui.application.MaxwellPerspective;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.experiments.ExperimentsView;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.problems.ExperimentProblemsView;
import maxwell.ui.runs.PrepareRunJob;
import maxwell.ui.runs.RunExperimentAction;
import maxwell.ui.runs.RunLauncher;
import maxwell.ui.views.DemonView;
import maxwell.ui.views.FigureView;
import maxwell.ui.views.InformationPlaneView;
import maxwell.ui.views.PartitionMapView;
import maxwell.ui.views.TrainingDashboardView;

/**
 * The whole way from an idea to a trained run, as a user takes it: make an experiment with the
 * wizard, shrink it in the editor (meeting the error a too large batch makes, and fixing it), run
 * it, and watch every figure view fill with the run's evaluation points while it still trains;
 * then cancel it from the navigator, resume it, and see it finish with every point in the views.
 * Nothing is faked: the run trains with the real trainer on generated map tiles.
 */
@org.junit.jupiter.api.Order(2)
class LiveTrainingTest {

    private static final long TIMEOUT_MS = 180_000;

    /** 24 places × 4 renderings = 96 training images, 6 batches of 16 per epoch. */
    private static final int TRAIN_ITEMS = 24;
    private static final int BATCH = 16;
    private static final int STEPS_PER_EPOCH = TRAIN_ITEMS * 4 / BATCH;
    /**
     * 1800 steps: about 30 s on a loaded 2-core machine, long enough for the views (which look at the
     * run every 1.5 s) to show two points before the run ends even on a machine three times as fast.
     */
    private static final int EPOCHS = 300;
    private static final int EVALUATE_EVERY_EPOCHS = 30;
    /** Evaluation points of the whole run. */
    private static final int POINTS = EPOCHS / EVALUATE_EVERY_EPOCHS;
    private static final String BATCH_ERROR = "batch size 512 is larger than the training set (96 images)";

    @Test
    void makeAnExperimentRunItWatchTheViewsFillCancelResumeAndFinish() throws Exception {
        Workbench.window().getShell().setBounds(0, 0, 1280, 1024);
        page().closeAllEditors(false);
        page().resetPerspective();

        // File > New Experiment: the map-tiles template.
        maxwell.ui.wizards.NewExperimentWizard wizard = new maxwell.ui.wizards.NewExperimentWizard();
        wizard.init(Workbench.window().getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choose(maxwell.ui.wizards.ExperimentTemplate.MAP_TILES, "live tiles");
        ExperimentEditorTest.pressButton(dialog.getShell(), "Finish");
        waitUntil("the wizard to close", 5000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        Path file = wizard.created();
        assertNotNull(file, "the wizard wrote an experiment");
        ExperimentEditor editor = (ExperimentEditor) page().getActiveEditor();
        assertEquals(file, editor.file());

        // Shrink it to something that trains in seconds. Fewer training items than one batch holds is an error.
        Composite data = editor.showPage(ExperimentEditor.DATA_PAGE).getManagedForm().getForm().getBody();
        Workbench.enter(text(data, "DatasetSpec.imageSize"), "8");
        Workbench.enter(text(data, "DatasetSpec.trainSize"), String.valueOf(TRAIN_ITEMS));
        Workbench.enter(text(data, "DatasetSpec.probeSize"), "30");
        waitUntil("the editor to take the sizes", 3000, () -> editor.experiment().getData().getTrainSize() == TRAIN_ITEMS);
        assertTrue(messages(editor).contains(BATCH_ERROR), "the batch no longer fits: " + messages(editor));
        ExperimentProblemsView problems = (ExperimentProblemsView) page().showView(MaxwellPerspective.PROBLEMS_VIEW);
        page().activate(editor);
        assertTrue(problems.problems().stream().anyMatch(problem -> problem.message().equals(BATCH_ERROR)),
                "Experiment Problems lists it: " + problems.problems());
        Screenshots.capture(display(), "live-1-batch-error");

        Composite model = editor.showPage(ExperimentEditor.MODEL_PAGE).getManagedForm().getForm().getBody();
        Workbench.enter(text(model, "ModelSpec.encoderHiddenSizes"), "64, 32");
        Workbench.enter(text(model, "ModelSpec.decoderHiddenSizes"), "32, 64");
        Composite analysis = editor.showPage(ExperimentEditor.ANALYSIS_PAGE).getManagedForm().getForm().getBody();
        Workbench.enter(text(analysis, "AnalysisSpec.surrogates"), "5");
        Workbench.enter(text(analysis, "AnalysisSpec.bootstrapResamples"), "10");
        Composite training = editor.showPage(ExperimentEditor.TRAINING_PAGE).getManagedForm().getForm().getBody();
        Workbench.enter(text(training, "TrainingSpec.batchSize"), String.valueOf(BATCH));
        Workbench.enter(text(training, "TrainingSpec.epochs"), String.valueOf(EPOCHS));
        Workbench.enter(text(training, "TrainingSpec.evaluationInterval"), String.valueOf(EVALUATE_EVERY_EPOCHS));
        waitUntil(() -> "the error to go; the editor says " + messages(editor), 3000,
                () -> editor.problems().stream().noneMatch(problem -> problem.isError()));
        assertFalse(problems.problems().stream().anyMatch(problem -> problem.message().equals(BATCH_ERROR)),
                "and so does the problems list");
        assertTrue(editor.isDirty());
        Screenshots.capture(display(), "live-2-error-fixed");

        // Run (saves first), then follow the run in the navigator.
        editor.runAction().run();
        assertFalse(editor.isDirty(), "Run saved the experiment");
        assertEquals(EPOCHS, ExperimentFiles.load(file).getTraining().getEpochs());
        PrepareRunJob prepare = ((RunExperimentAction) editor.runAction()).lastStarted();
        assertNotNull(prepare, "the Run action started a run");
        Workbench.join(prepare, TIMEOUT_MS);
        assertTrue(prepare.getResult().isOK(), String.valueOf(prepare.getResult()));
        TrainingJob job = prepare.trainingJob();
        RunFolder run = job.training().run();
        assertEquals((long) EPOCHS * STEPS_PER_EPOCH, job.training().totalSteps());

        ExperimentsView navigator = (ExperimentsView) page().showView(MaxwellPerspective.EXPERIMENTS_VIEW);
        select(navigator, awaitRun(navigator, run.runId(), row -> row.status() == RunStatus.RUNNING));
        DemonView demon = (DemonView) page().showView(DemonView.ID);
        PartitionMapView map = (PartitionMapView) page().showView(PartitionMapView.ID);
        TrainingDashboardView dashboard = (TrainingDashboardView) page().showView(TrainingDashboardView.ID);
        page().activate(navigator);

        // The views fill while the run trains: the dashboard with the curves up to the first evaluation point...
        awaitEvaluations(dashboard, run, 1);
        assertRunning(job, run, "when the dashboard showed the first evaluation point");
        RunFigureData curves = dashboard.data();
        List<MetricPoint> loss = curves.metric("loss");
        assertFalse(loss.isEmpty(), "the dashboard has the run's loss");
        long firstEvaluation = curves.metric("probe_adversary_accuracy").get(0).step();
        assertEquals((long) EVALUATE_EVERY_EPOCHS * STEPS_PER_EPOCH, firstEvaluation, "its first point is the first evaluation");
        long lastLoss = loss.get(loss.size() - 1).step();
        assertTrue(lastLoss >= firstEvaluation && lastLoss < job.training().totalSteps(),
                "the curves reach the evaluation point, not the run's end: step " + lastLoss);
        assertTrue(curves.metric("adversary_accuracy").size() == loss.size(), "and the demon's accuracy with it");

        // ... the demon view with the next point as it is written, its scrubber following the newest ...
        awaitPoints(demon, run, 2);
        assertRunning(job, run, "when the demon view showed the second evaluation point");
        assertEquals(demon.data().points() - 1, demon.scrubber().getSelection(), "the scrubber follows the newest point");
        assertTrue(demon.scrubber().isEnabled(), "with two points there is something to scrub");

        // ... and the information plane and the partition map (one folder: each is read when shown).
        InformationPlaneView plane = (InformationPlaneView) page().showView(InformationPlaneView.ID);
        awaitPoints(plane, run, 1);
        page().showView(PartitionMapView.ID);
        awaitPoints(map, run, 1);
        page().activate(navigator);
        String status = itemText(navigator, run.runId(), 1);
        assertTrue(status.startsWith("running "), "the navigator shows the run's progress: " + status);
        assertRunning(job, run, "when every view showed the run");
        Screenshots.captureWindow(Workbench.window().getShell(), "live-3-workbench-during-training");
        for (FigureView view : List.of(dashboard, demon, plane, map)) {
            FigureViewsTest.assertDrawn(view, null);
        }

        // Cancel from the navigator: the run checkpoints and shows as cancelled; the views keep its points.
        select(navigator, awaitRun(navigator, run.runId(), row -> row.status() == RunStatus.RUNNING));
        execute("maxwell.ui.commands.cancelRun");
        Workbench.join(job, TIMEOUT_MS);
        RunRow cancelled = awaitRun(navigator, run.runId(), row -> row.status() == RunStatus.CANCELLED && !row.trainingHere());
        assertEquals("cancelled", itemText(navigator, run.runId(), 1));
        long checkpoint = cancelled.summary().record().getLastCheckpointStep();
        assertTrue(checkpoint > 0 && checkpoint < job.training().totalSteps(), "cancelled mid-run at step " + checkpoint);
        int pointsAtCancel = demon.data().points();
        assertTrue(pointsAtCancel < POINTS, "cancelled before the last point: " + pointsAtCancel);
        Screenshots.capture(display(), "live-4-cancelled");

        // Resume (the selection follows the run's new state) and let it finish.
        select(navigator, cancelled);
        execute("maxwell.ui.commands.resumeRun");
        awaitRun(navigator, run.runId(), row -> row.status() == RunStatus.FINISHED && !row.trainingHere());
        assertEquals("finished", itemText(navigator, run.runId(), 1));
        assertTrue(RunLauncher.activeJob(run.runId()).isEmpty());
        page().showView(DemonView.ID);
        awaitPoints(demon, run, POINTS);
        awaitEvaluations(dashboard, run, POINTS);
        assertEquals(POINTS, demon.data().points(), "every evaluation point, before and after the cancel");
        List<MetricPoint> evaluations = dashboard.data().metric("probe_adversary_accuracy");
        assertEquals(job.training().totalSteps(), evaluations.get(evaluations.size() - 1).step(), "the last point is the run's end");
        assertEquals(POINTS - 1, demon.scrubber().getMaximum());
        long lastLossStep = dashboard.data().metric("loss").stream().mapToLong(MetricPoint::step).max().orElse(-1);
        assertEquals(job.training().totalSteps(), lastLossStep, "the curves reach the end of the run");
        Screenshots.capture(display(), "live-5-finished");
        page().closeAllEditors(false);
    }

    private static Text text(Composite body, String field) {
        Text text = (Text) Workbench.field(body, field);
        assertNotNull(text, "no field " + field);
        return text;
    }

    private static List<String> messages(ExperimentEditor editor) {
        return editor.problems().stream().map(problem -> problem.message()).toList();
    }

    /** The run trains still: its job runs and its record says RUNNING. */
    private static void assertRunning(Job job, RunFolder run, String when) throws Exception {
        assertEquals(Job.RUNNING, job.getState(), "the training job still ran " + when);
        assertEquals(RunStatus.RUNNING, RunStore.effectiveStatus(run.record()), "the run was still running " + when);
    }

    /** Waits until {@code view} shows {@code points} (or more) evaluation points of {@code run}. */
    private static void awaitPoints(FigureView view, RunFolder run, int points) {
        waitUntil(() -> view.getTitle() + " to show " + points + " points of " + run.runId() + "; it shows "
                + (view.data() == null ? "'" + view.canvas().message() + "'" : view.data().points() + " points"),
                TIMEOUT_MS, () -> view.run() != null && view.run().folder().equals(run.folder()) && view.data() != null
                        && view.data().points() >= points && view.canvas().figure() != null);
    }

    /** The dashboard reads the metrics alone: its evaluation points are those of the demon's probe-set accuracy. */
    private static void awaitEvaluations(TrainingDashboardView dashboard, RunFolder run, int points) {
        waitUntil(() -> "the dashboard to show " + points + " evaluation points of " + run.runId() + "; it shows "
                + (dashboard.data() == null ? "'" + dashboard.canvas().message() + "'"
                        : dashboard.data().metric("probe_adversary_accuracy").size() + " points"),
                TIMEOUT_MS, () -> dashboard.run() != null && dashboard.run().folder().equals(run.folder())
                        && dashboard.data() != null && dashboard.data().metric("probe_adversary_accuracy").size() >= points
                        && dashboard.canvas().figure() != null);
    }

    private static void select(ExperimentsView navigator, RunRow row) {
        page().activate(navigator);
        waitUntil("run " + row.runId() + " selected in the navigator", TIMEOUT_MS, () -> {
            navigator.getViewer().setExpandedState(navigator.rows().stream()
                    .filter(experiment -> experiment.runs().stream().anyMatch(run -> run.runId().equals(row.runId())))
                    .findFirst().orElse(null), true);
            navigator.getViewer().setSelection(new StructuredSelection(row), true);
            Workbench.pump(50);
            return !navigator.getViewer().getStructuredSelection().isEmpty();
        });
    }

    private static RunRow awaitRun(ExperimentsView navigator, String runId, Predicate<RunRow> condition) {
        RunRow[] found = new RunRow[1];
        waitUntil(() -> "run " + runId + " in the navigator as expected; it shows " + navigator.runs().stream()
                .filter(run -> run.runId().equals(runId)).map(run -> run.status() + " step " + run.stepsDone()).toList(),
                TIMEOUT_MS, () -> {
                    found[0] = navigator.runs().stream().filter(run -> run.runId().equals(runId) && condition.test(run))
                            .findFirst().orElse(null);
                    return found[0] != null;
                });
        return found[0];
    }

    /** The text the navigator shows for a run in a column, once the tree shows the run. */
    private static String itemText(ExperimentsView navigator, String runId, int column) {
        String[] text = new String[1];
        waitUntil("run " + runId + " in the tree", 10_000, () -> {
            for (TreeItem experiment : navigator.getViewer().getTree().getItems()) {
                navigator.getViewer().setExpandedState(experiment.getData(), true);
                for (TreeItem item : experiment.getItems()) {
                    if (runId.equals(item.getText(0))) {
                        text[0] = item.getText(column);
                        return true;
                    }
                }
            }
            return false;
        });
        return text[0];
    }
}
