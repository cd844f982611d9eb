package maxwell.ui.tests;

import static maxwell.ui.tests.Workbench.display;
import static maxwell.ui.tests.Workbench.page;
import static maxwell.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import maxwell.core.store.RunFolder;
import maxwell.figures.Figure;
import maxwell.figures.compose.SideBySide;
import maxwell.figures.curves.MetricOverlay;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.plane.InformationPlane;
import maxwell.model.Experiment;
import maxwell.ui.compare.ComparisonFigures.Kind;
import maxwell.ui.compare.RunComparisonEditor;
import maxwell.ui.compare.RunComparisonInput;
import maxwell.ui.runs.Workspace;

/**
 * The run comparison as a user works it: three stored runs (two seeds of one experiment and one
 * with a stronger demon) opened together; the settings that differ, a baseline pinned and the
 * differences to it, any metric overlaid with the seeds pooled into mean ± band, and the demon
 * diagrams, information planes and partition maps side by side at a chosen epoch, exported.
 */
class ComparisonEditorTest {

    private static final long DRAW_TIMEOUT_MS = 60_000;

    @Test
    void comparesRunsWithBaselineSeedGroupsAndFiguresAtOneEpoch() throws Exception {
        Workbench.window().getShell().setBounds(0, 0, 1600, 1000);
        page().resetPerspective();
        Path store = Workspace.folder().resolve("runs");
        RunFolder seed1 = FakeRuns.create(store, "compare-ui", 21, 4, 4);
        RunFolder seed2 = FakeRuns.create(store, "compare-ui", 22, 4, 4);
        Experiment stronger = FakeRuns.experiment("compare-ui", 23);
        stronger.getAdversary().setLambda(stronger.getAdversary().getLambda() * 4);
        RunFolder strongerDemon = FakeRuns.create(store, stronger, 3, 4, FakeRuns.STEPS_PER_EPOCH);
        List<String> ids = List.of(seed1.runId(), seed2.runId(), strongerDemon.runId());

        RunComparisonEditor editor = (RunComparisonEditor) page().openEditor(new RunComparisonInput(store, ids),
                RunComparisonEditor.ID);
        Workbench.join(editor.loadJob(), DRAW_TIMEOUT_MS);
        Workbench.join(editor.figureDataJob(), DRAW_TIMEOUT_MS);
        waitUntil("the tables and the figure data", DRAW_TIMEOUT_MS,
                () -> editor.comparison() != null && editor.figures() != null);
        assertTrue(editor.comparison().settings().stream().anyMatch(row -> row.setting().equals("adversary.lambda")),
                "λ differs: " + editor.comparison().settings());
        assertEquals(2, editor.figures().groups().size(), "the two seeds are one group, the stronger demon another");
        assertEquals(2, editor.figures().groups().get(0).runs().size());

        // Pin the stronger demon as baseline: its column says so, the others show their difference to it.
        editor.pinBaseline(strongerDemon.runId());
        Workbench.pump(200);
        TableItem loss = row(editor, "loss");
        assertTrue(loss.getText(1).matches("[0-9.e+-]+ \\([+−][0-9.e+−-]+\\)"), "a run's loss with its difference: " + loss.getText(1));
        assertTrue(!loss.getText(3).contains("("), "the baseline's own value has no difference: " + loss.getText(3));
        assertTrue(editor.metricsTable().getTable().getColumn(3).getText().endsWith("(baseline)"));
        Screenshots.capture(display(), "comparison-tables-baseline");
        // the figures want room: maximised, as a user reading them would have it
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.pump(300);

        // Curves: one metric, the seed group as one curve, the baseline in black.
        editor.showFigures(Kind.CURVES);
        editor.showMetric("adversary_accuracy");
        MetricOverlay overlay = awaitFigure(editor, Kind.CURVES, MetricOverlay.class);
        assertTrue(overlay.caption().contains("adversary_accuracy") && overlay.caption().contains("baseline"), overlay.caption());
        assertEquals(4 * FakeRuns.STEPS_PER_EPOCH, overlay.curve(0).size(), "the seed group has a point per step");
        FigureViewsTest.assertDrawn(editor.figureCanvas(Kind.CURVES), "curves", "comparison-curves");

        // Demon diagrams side by side at epoch 2: the baseline first, each at its point of epoch 2.
        editor.showEpoch(2);
        assertEquals(2.0, editor.epoch(), 1e-9);
        editor.showFigures(Kind.DEMONS);
        SideBySide demons = awaitFigure(editor, Kind.DEMONS, SideBySide.class);
        assertEquals(3, demons.figures().size());
        for (Figure figure : demons.figures()) {
            assertTrue(((DemonDiagram) figure).quantities().point().contains("epoch 2"),
                    "every demon is drawn at epoch 2: " + ((DemonDiagram) figure).quantities().point());
        }
        assertTrue(maxwell.figures.export.FigureFiles.svg(demons.figures().get(0)).contains(strongerDemon.runId()),
                "the baseline comes first");
        ImageData atTwo = FigureViewsTest.assertDrawn(editor.figureCanvas(Kind.DEMONS), "demons", "comparison-demons-epoch-2");
        editor.showEpoch(4);
        waitUntil("the demons at epoch 4", DRAW_TIMEOUT_MS, () -> editor.figureCanvas(Kind.DEMONS).figure() != demons);
        Workbench.join(editor.drawJob(Kind.DEMONS), DRAW_TIMEOUT_MS);
        Workbench.pump(300);
        ImageData atFour = FigureViewsTest.assertDrawn(editor.figureCanvas(Kind.DEMONS), "demons", null);
        assertTrue(FigureViewsTest.differingPixels(atTwo, atFour) > 500, "moving the epoch redraws the demons");

        editor.showFigures(Kind.PLANES);
        awaitFigure(editor, Kind.PLANES, InformationPlane.class);
        FigureViewsTest.assertDrawn(editor.figureCanvas(Kind.PLANES), "planes", "comparison-information-planes");
        editor.showFigures(Kind.MAPS);
        SideBySide maps = awaitFigure(editor, Kind.MAPS, SideBySide.class);
        assertEquals(3, maps.figures().size());
        FigureViewsTest.assertDrawn(editor.figureCanvas(Kind.MAPS), "maps", "comparison-partition-maps");

        // The shown figure exports as SVG with every run in it.
        Path svg = Files.createDirectories(Screenshots.folder().resolve("exports")).resolve("comparison-maps.svg");
        Job export = maxwell.ui.views.FigureExport.write(editor.figureCanvas(Kind.MAPS).figure(), svg, "maps");
        Workbench.join(export, DRAW_TIMEOUT_MS);
        assertTrue(export.getResult().isOK(), String.valueOf(export.getResult()));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("epoch 4"), "the exported maps are at epoch 4");
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page().closeEditor(editor, false);
    }

    private static TableItem row(RunComparisonEditor editor, String metric) {
        for (TableItem item : editor.metricsTable().getTable().getItems()) {
            if (item.getText(0).equals(metric)) {
                return item;
            }
        }
        throw new AssertionError("no metric row " + metric);
    }

    private static <T extends Figure> T awaitFigure(RunComparisonEditor editor, Kind kind, Class<T> type) {
        waitUntil(() -> kind + " to be drawn; the canvas says '" + editor.figureCanvas(kind).message() + "'",
                DRAW_TIMEOUT_MS, () -> type.isInstance(editor.figureCanvas(kind).figure()));
        Workbench.join(editor.drawJob(kind), DRAW_TIMEOUT_MS);
        Workbench.pump(300);
        Figure figure = editor.figureCanvas(kind).figure();
        assertNotNull(figure);
        return assertInstanceOf(type, figure);
    }
}
