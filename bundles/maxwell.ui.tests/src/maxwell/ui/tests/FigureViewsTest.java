package maxwell.ui.tests;

import static maxwell.ui.tests.Workbench.display;
import static maxwell.ui.tests.Workbench.page;
import static maxwell.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;

import maxwell.core.store.RunFolder;
import maxwell.figures.Figure;
import maxwell.figures.map.PartitionMap.ColourBy;
import maxwell.figures.swap.SwapGridFigure;
import maxwell.figures.traverse.TraversalFigure;
import maxwell.model.io.ExperimentFiles;
import maxwell.ui.application.MaxwellPerspective;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.ExperimentFileInput;
import maxwell.ui.experiments.ExperimentsView;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.Workspace;
import maxwell.ui.views.DemonView;
import maxwell.ui.views.FigureView;
import maxwell.ui.views.InformationPlaneView;
import maxwell.ui.views.PartitionMapView;
import maxwell.ui.views.TrainingDashboardView;

/**
 * The figure views as a user meets them: select a stored run in the navigator, open each view, see
 * its figure drawn, scrub and play the demon, recolour the partition map, export PNG and SVG, watch
 * a new evaluation point arrive, and see a run without any point say so.
 */
class FigureViewsTest {

    private static final long DRAW_TIMEOUT_MS = 60_000;
    private static final int EPOCHS = 4;
    private static final int PLANNED_EPOCHS = 6;

    @Test
    void viewsFollowTheSelectedRunDrawScrubExportAndUpdate() throws Exception {
        Workbench.window().getShell().setBounds(0, 0, 1600, 1000);
        page().resetPerspective(); // the default layout, whatever earlier tests left open
        Path runs = Workspace.folder().resolve("runs");
        RunFolder run = FakeRuns.create(runs, "figure-views", 7, EPOCHS, PLANNED_EPOCHS);
        RunFolder fresh = FakeRuns.create(runs, "figure-views", 8, 0, PLANNED_EPOCHS);

        ExperimentsView navigator = (ExperimentsView) page().showView(MaxwellPerspective.EXPERIMENTS_VIEW);
        select(navigator, awaitRun(navigator, run.runId()));

        DemonView demon = (DemonView) page().showView(DemonView.ID);
        awaitFigure(demon, run);
        assertEquals(EPOCHS, demon.data().points());
        Scale scrubber = demon.scrubber();
        assertEquals(EPOCHS, scrubber.getMaximum() - scrubber.getMinimum() + 1, "one scrubber position per evaluation point");
        assertEquals(EPOCHS - 1, scrubber.getSelection(), "the scrubber starts at the newest point");
        ImageData newest = assertDrawn(demon, "views-demon-newest");

        // Moving the scrubber draws the first point's frame.
        Figure before = demon.canvas().figure();
        scrubber.setSelection(0);
        scrubber.notifyListeners(SWT.Selection, new Event());
        waitUntil("the demon view to draw point 1", DRAW_TIMEOUT_MS, () -> demon.canvas().figure() != before);
        assertEquals(0, demon.frame());
        ImageData first = assertDrawn(demon, "views-demon-first-point");
        assertTrue(differingPixels(newest, first) > 500, "the first point's frame differs from the newest's");

        // Play steps through the points and stops at the newest.
        demon.setPlaying(true);
        waitUntil("play to reach point 2", DRAW_TIMEOUT_MS, () -> demon.frame() >= 1 || demon.frame() == -1);
        waitUntil("play to stop at the newest point", DRAW_TIMEOUT_MS, () -> !demon.isPlaying());
        assertEquals(EPOCHS - 1, scrubber.getSelection());

        InformationPlaneView plane = (InformationPlaneView) page().showView(InformationPlaneView.ID);
        awaitFigure(plane, run);
        assertDrawn(plane, "views-information-plane");

        PartitionMapView map = (PartitionMapView) page().showView(PartitionMapView.ID);
        awaitFigure(map, run);
        ImageData byDomain = assertDrawn(map, "views-partition-map-domain");
        Figure domainFigure = map.canvas().figure();
        map.colourBy(ColourBy.CONTENT);
        waitUntil("the partition map coloured by content", DRAW_TIMEOUT_MS, () -> map.canvas().figure() != domainFigure);
        ImageData byContent = assertDrawn(map, "views-partition-map-content");
        assertTrue(differingPixels(byDomain, byContent) > 200, "colouring by content changes the map");

        // The same view decodes: the swap grid and the traversals of one probe image, from the run's checkpoint.
        map.show(PartitionMapView.Showing.SWAP_GRID);
        waitUntil("the swap grid", DRAW_TIMEOUT_MS, () -> map.canvas().figure() instanceof SwapGridFigure);
        assertDrawn(map, "views-swap-grid");
        map.show(PartitionMapView.Showing.TRAVERSALS);
        waitUntil(() -> "the traversals; the view says '" + map.canvas().message() + "'", DRAW_TIMEOUT_MS,
                () -> map.canvas().figure() instanceof TraversalFigure);
        assertDrawn(map, "views-traversals");
        TraversalFigure traversals = (TraversalFigure) map.canvas().figure();
        assertEquals(2 * FakeRuns.DIMENSION, traversals.traversals().sweeps().size(), "a row per latent dimension");
        assertEquals(0, traversals.traversals().base().snapshotIndex());
        map.traverseProbe(7);
        waitUntil("the traversals of probe image 7", DRAW_TIMEOUT_MS, () -> map.canvas().figure() instanceof TraversalFigure t
                && t.traversals().base().snapshotIndex() == 7);
        map.show(PartitionMapView.Showing.MAPS);
        waitUntil("the maps again", DRAW_TIMEOUT_MS, () -> map.canvas().figure() instanceof maxwell.figures.map.PartitionMap);

        TrainingDashboardView dashboard = (TrainingDashboardView) page().showView(TrainingDashboardView.ID);
        awaitFigure(dashboard, run);
        assertDrawn(dashboard, "views-training-dashboard");

        for (FigureView view : new FigureView[] { demon, plane, map, dashboard }) {
            assertExports(view);
        }

        // A new evaluation point, as a training run writes it, reaches the views by itself.
        page().activate(demon);
        int shownBefore = demon.figuresShown();
        FakeRuns.addEpoch(run, EPOCHS + 1, PLANNED_EPOCHS, 7);
        waitUntil(() -> "the demon view to show the new point; it shows " + demon.data().points(), DRAW_TIMEOUT_MS,
                () -> demon.data() != null && demon.data().points() == EPOCHS + 1 && demon.figuresShown() > shownBefore);
        assertEquals(EPOCHS, scrubber.getMaximum(), "the scrubber grew by one position");
        assertEquals(EPOCHS, scrubber.getSelection(), "following the newest point, the scrubber moved on");
        // The workbench as the README shows it: the experiment in the editor, its run's figures around it.
        Path experimentFile = Files.createDirectories(Workspace.folder().resolve("figure-views")).resolve("figure-views.maxwell");
        ExperimentFiles.save(FakeRuns.experiment("figure-views", 7), experimentFile);
        page().openEditor(new ExperimentFileInput(experimentFile), ExperimentEditor.ID);
        page().activate(map);
        page().activate(demon);
        page().activate(dashboard);
        Workbench.pump(3500); // the navigator's own look for changed files (every 3 s) rebuilds its tree once
        select(navigator, awaitRun(navigator, run.runId()));
        Screenshots.capture(display(), "workbench-figure-views");

        // The figures keep usable room at the common screen sizes.
        for (int[] screen : new int[][] { { 1280, 1024 }, { 1920, 1080 } }) {
            Workbench.window().getShell().setBounds(0, 0, screen[0], screen[1]);
            Screenshots.capture(display(), "workbench-figure-views-" + screen[0] + "x" + screen[1]);
            Point demonSize = demon.canvas().control().getSize();
            Point dashboardSize = dashboard.canvas().control().getSize();
            assertTrue(demonSize.x >= 400 && demonSize.y >= 300, screen[0] + "×" + screen[1] + ": the demon canvas is " + demonSize);
            assertTrue(dashboardSize.x >= 400 && dashboardSize.y >= 200,
                    screen[0] + "×" + screen[1] + ": the dashboard canvas is " + dashboardSize);
        }
        Workbench.window().getShell().setBounds(0, 0, 1600, 1000);

        // A run that has not reached its first evaluation point says so instead of showing an empty canvas.
        select(navigator, awaitRun(navigator, fresh.runId()));
        page().activate(demon);
        waitUntil(() -> "the demon view to say there is no point yet; it says '" + demon.canvas().message() + "'",
                DRAW_TIMEOUT_MS, () -> fresh.folder().equals(folderOf(demon))
                        && demon.canvas().message().contains(FigureView.NO_POINT_YET));
        Screenshots.capture(display(), "views-demon-no-point-yet");

        // The dashboard needs no evaluation point: it says when nothing is logged, then draws the first steps.
        page().activate(dashboard);
        waitUntil(() -> "the dashboard to say no step is logged yet; it says '" + dashboard.canvas().message() + "'",
                DRAW_TIMEOUT_MS, () -> fresh.folder().equals(folderOf(dashboard))
                        && dashboard.canvas().message().contains(FigureView.NO_STEP_YET));
        FakeRuns.addSteps(fresh, FakeRuns.STEPS_PER_EPOCH / 2);
        awaitFigure(dashboard, fresh);
        assertTrue(fresh.snapshots().isEmpty(), "drawn before the run's first evaluation point");
        assertDrawn(dashboard, "views-dashboard-before-first-point");

        // The Properties view shows the selected run's record: seed, fingerprint, versions, times.
        org.eclipse.ui.views.properties.PropertySheet sheet = (org.eclipse.ui.views.properties.PropertySheet) page()
                .showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        RunRow shown = awaitRun(navigator, run.runId());
        select(navigator, shown);
        java.util.Map<String, String> expected = new maxwell.ui.properties.RunPropertySource(shown).values();
        assertEquals("7", expected.get("seed"));
        assertEquals("ui-test-fingerprint", expected.get("dataset fingerprint"));
        assertEquals(run.folder().toString(), expected.get("folder"));
        waitUntil(() -> "the Properties view to show the run's seed and fingerprint; it shows " + propertyRows(sheet),
                DRAW_TIMEOUT_MS, () -> "7".equals(propertyRows(sheet).get("seed"))
                        && "ui-test-fingerprint".equals(propertyRows(sheet).get("dataset fingerprint")));
        Screenshots.capture(display(), "views-properties-of-run");
    }

    /** Label → value of every row the Properties view shows, categories opened. */
    private static java.util.Map<String, String> propertyRows(org.eclipse.ui.views.properties.PropertySheet sheet) {
        java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
        if (sheet.getCurrentPage() instanceof org.eclipse.ui.views.properties.PropertySheetPage propertyPage
                && propertyPage.getControl() instanceof org.eclipse.swt.widgets.Tree tree) {
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                if (!item.getExpanded()) { // a category: the viewer makes its rows when it is opened, as a click would
                    Event open = new Event();
                    open.item = item;
                    tree.notifyListeners(SWT.Expand, open);
                    item.setExpanded(true);
                }
                rows.put(item.getText(0), item.getText(1));
                for (org.eclipse.swt.widgets.TreeItem child : item.getItems()) {
                    rows.put(child.getText(0), child.getText(1));
                }
            }
        }
        return rows;
    }

    private static Path folderOf(FigureView view) {
        return view.run() == null ? null : view.run().folder();
    }

    private static void awaitFigure(FigureView view, RunFolder run) {
        waitUntil(() -> view.getTitle() + " to draw run " + run.runId() + "; it says '" + view.canvas().message() + "'",
                DRAW_TIMEOUT_MS, () -> run.folder().equals(folderOf(view)) && view.canvas().figure() != null);
    }

    /** Saves a screenshot (unless null) and checks that the canvas shows a drawing: many non-white pixels in its middle. */
    static ImageData assertDrawn(FigureView view, String screenshot) throws Exception {
        return assertDrawn(view.canvas(), view.getTitle(), screenshot);
    }

    static ImageData assertDrawn(maxwell.ui.views.FigureCanvas canvas, String title, String screenshot) throws Exception {
        if (screenshot != null) {
            Screenshots.capture(display(), screenshot);
        }
        ImageData pixels = canvasPixels(canvas.control());
        int inked = 0;
        int sampled = 0;
        for (int y = pixels.height / 5; y < pixels.height * 4 / 5; y += 2) {
            for (int x = pixels.width / 5; x < pixels.width * 4 / 5; x += 2) {
                sampled++;
                if (!isWhite(pixels, x, y)) {
                    inked++;
                }
            }
        }
        assertTrue(pixels.width > 200 && pixels.height > 150, title + " canvas is " + pixels.width + "×" + pixels.height);
        assertTrue(inked > sampled / 50, title + ": only " + inked + " of " + sampled + " pixels are drawn");
        return pixels;
    }

    private static ImageData canvasPixels(Canvas canvas) {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static boolean isWhite(ImageData data, int x, int y) {
        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
        return rgb.red > 245 && rgb.green > 245 && rgb.blue > 245;
    }

    static int differingPixels(ImageData a, ImageData b) {
        int differing = 0;
        for (int y = 0; y < Math.min(a.height, b.height); y += 2) {
            for (int x = 0; x < Math.min(a.width, b.width); x += 2) {
                if (a.getPixel(x, y) != b.getPixel(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static void assertExports(FigureView view) throws Exception {
        Path folder = Files.createDirectories(Screenshots.folder().resolve("exports"));
        String name = view.canvas().figure().name();
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        Job pngJob = view.export(png);
        Job svgJob = view.export(svg);
        assertNotNull(pngJob, "a drawn figure can be exported");
        Workbench.join(pngJob, DRAW_TIMEOUT_MS);
        Workbench.join(svgJob, DRAW_TIMEOUT_MS);
        assertTrue(pngJob.getResult().isOK(), String.valueOf(pngJob.getResult()));
        assertTrue(svgJob.getResult().isOK(), String.valueOf(svgJob.getResult()));
        ImageData image = new ImageLoader().load(png.toString())[0];
        java.awt.Dimension natural = view.canvas().figure().naturalSize();
        assertEquals(natural.width, image.width, name + ".png has the figure's natural width");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("</svg>"), name + ".svg is an SVG document");
        assertTrue(text.length() > 2_000, name + ".svg has drawing in it");
        try (var leftovers = Files.list(folder)) {
            assertTrue(leftovers.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")),
                    "no temporary files are left behind");
        }
    }

    private static void select(ExperimentsView navigator, RunRow row) {
        page().activate(navigator);
        // The tree builds run items when their experiment opens; a row without an item cannot be selected.
        waitUntil("run " + row.runId() + " selected in the navigator", DRAW_TIMEOUT_MS, () -> {
            navigator.getViewer().expandAll();
            navigator.getViewer().setSelection(new StructuredSelection(row), true);
            Workbench.pump(50);
            return !navigator.getViewer().getStructuredSelection().isEmpty();
        });
    }

    private static RunRow awaitRun(ExperimentsView navigator, String runId) {
        Workbench.join(navigator.refresh(), DRAW_TIMEOUT_MS);
        RunRow[] found = new RunRow[1];
        waitUntil("run " + runId + " in the navigator", DRAW_TIMEOUT_MS, () -> {
            found[0] = navigator.runs().stream().filter(row -> row.runId().equals(runId)).findFirst().orElse(null);
            return found[0] != null;
        });
        assertNotSame(null, found[0]);
        return found[0];
    }
}
