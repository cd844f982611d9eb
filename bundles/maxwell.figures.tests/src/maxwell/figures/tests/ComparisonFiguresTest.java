package maxwell.figures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.analysis.LatentTraversal;
import maxwell.core.analysis.LatentTraversal.Sweep;
import maxwell.core.analysis.LatentTraversal.Traversals;
import maxwell.core.analysis.RunAnalysis;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.RunFolder;
import maxwell.figures.Figure;
import maxwell.figures.compose.SideBySide;
import maxwell.figures.curves.GroupSeries;
import maxwell.figures.curves.MetricOverlay;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.RunGroups;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.export.FigureFiles;
import maxwell.figures.traverse.TraversalFigure;
import maxwell.model.Experiment;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.TrainerState;

/** What the comparison and the latent partition view draw beyond the single-run figures. */
class ComparisonFiguresTest {

    @TempDir
    static Path root;
    static RunFigureData seed11;
    static RunFigureData seed12;
    static RunFigureData otherLambda;

    @BeforeAll
    static void storedRuns() throws Exception {
        seed11 = RunFigureData.load(StoredRun.create(root.resolve("runs"), 11, 3), RunAnalysis.Progress.NONE);
        seed12 = RunFigureData.load(StoredRun.create(root.resolve("runs"), 12, 3), RunAnalysis.Progress.NONE);
        Experiment strong = StoredRun.experiment(13);
        strong.getAdversary().setLambda(strong.getAdversary().getLambda() * 2);
        otherLambda = RunFigureData.load(StoredRun.create(root.resolve("runs"), strong, 2), RunAnalysis.Progress.NONE);
    }

    @Test
    void runsThatDifferOnlyBySeedFormOneGroup() {
        List<RunGroup> groups = RunGroups.bySettingsExceptSeed(List.of(seed11, otherLambda, seed12));
        assertEquals(2, groups.size(), "two experiments: " + groups);
        assertEquals(List.of(seed11, seed12), groups.get(0).runs());
        assertTrue(groups.get(0).label().contains("2 seeds"), groups.get(0).label());
        assertEquals(List.of(otherLambda), groups.get(1).runs());
        assertEquals(otherLambda.runId(), groups.get(1).label());
    }

    @Test
    void aGroupCurveIsTheMeanOfItsSeedsWithTheirRangeAsBand() {
        // StoredRun logs samples_per_second = 200 + seed at every step
        RunGroup group = RunGroups.bySettingsExceptSeed(List.of(seed11, seed12)).get(0);
        List<GroupSeries.Point> curve = GroupSeries.of(group, "samples_per_second", 1);
        assertEquals(30, curve.size(), "one point per step both seeds logged");
        for (GroupSeries.Point p : curve) {
            assertEquals(211.5, p.mean(), 1e-9);
            assertEquals(211, p.min(), 1e-9);
            assertEquals(212, p.max(), 1e-9);
        }
        // steps only one run of a group has are left out: the mean would jump where a seed stops
        RunGroup uneven = new RunGroup("uneven", List.of(seed11, otherLambda));
        assertEquals(20, GroupSeries.of(uneven, "samples_per_second", 1).size());
    }

    @Test
    void theOverlayDrawsEveryGroupAndMarksTheBaseline() {
        List<RunGroup> groups = RunGroups.bySettingsExceptSeed(List.of(seed11, seed12, otherLambda));
        MetricOverlay overlay = new MetricOverlay(groups, "reconstruction_loss", 1, 2.0);
        String svg = FigureFiles.svg(overlay);
        assertTrue(svg.contains(otherLambda.runId() + " (baseline)"), "the baseline is not named in the legend");
        assertTrue(svg.contains("2 seeds"), "the seed group is not in the legend");
        assertTrue(svg.contains("figures at epoch 2"), "the epoch of the side-by-side figures is not marked");
        assertEquals(89, overlay.curve(0).get(0).mean(), 1e-9, "reconstruction_loss = 90 − step");
        assertThrows(IllegalArgumentException.class, () -> new MetricOverlay(groups, "loss", 2, Double.NaN));
    }

    @Test
    void pointsAtAnEpochAreTheLastOnesNotAfterIt() {
        assertEquals(0, seed11.pointAtEpoch(0.5), "before the first point: the first");
        assertEquals(0, seed11.pointAtEpoch(1));
        assertEquals(1, seed11.pointAtEpoch(2.7));
        assertEquals(2, seed11.pointAtEpoch(99));
        assertEquals(1, otherLambda.pointAtEpoch(3), "a shorter run shows its last point");
    }

    @Test
    void sideBySideGivesEveryFigureItsOwnCell() {
        List<Figure> demons = List.of(new DemonDiagram(seed11, seed11.pointAtEpoch(2)),
                new DemonDiagram(seed12, seed12.pointAtEpoch(2)), new DemonDiagram(otherLambda, otherLambda.pointAtEpoch(2)),
                new DemonDiagram(seed11, 0));
        SideBySide grid = new SideBySide("demons", "four demons", demons, List.of("a", "b", "c", "d"));
        assertEquals(2, grid.columns(), "four figures make a 2 × 2 grid");
        Rectangle2D area = new Rectangle2D.Double(0, 0, grid.naturalSize().width, grid.naturalSize().height);
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                assertFalse(grid.cellOf(i, area).intersects(grid.cellOf(j, area)), "cells " + i + " and " + j + " overlap");
            }
        }
        BufferedImage image = FigureFiles.render(grid, 1);
        for (int i = 0; i < 4; i++) {
            Rectangle2D cell = grid.cellOf(i, area);
            assertTrue(FiguresTest.colourful(image, (int) cell.getX(), (int) cell.getY(), (int) cell.getMaxX(),
                    (int) cell.getMaxY()) > 1000, "cell " + i + " is blank");
        }
        String svg = FigureFiles.svg(grid);
        assertTrue(svg.contains(seed12.runId()), "each diagram names its run");
        assertTrue(svg.contains(">d<"), "each figure has its label");
        assertThrows(IllegalArgumentException.class, () -> new SideBySide("x", "x", demons, List.of("one")));
        assertEquals(1, new SideBySide("x", "x", demons.subList(0, 1), List.of()).columns());
    }

    @Test
    void aTraversalDecodesTheProbeCodeWithOneDimensionSwept() throws Exception {
        RunFolder run = seed11.run();
        int probe = 5;
        int steps = 5;
        Traversals traversals = LatentTraversal.traverse(run, probe, steps);
        assertEquals(2 * StoredRun.DIM, traversals.sweeps().size(), "a sweep per dimension of both partitions");
        LatentSnapshot snapshot = seed11.snapshot(seed11.points() - 1);
        TrainerState state = CheckpointFiles.read(run.checkpoints().resolve(String.format("step-%012d.checkpoint", 30)));
        for (Sweep sweep : traversals.sweeps()) {
            float[] codes = snapshot.partitions().get(sweep.partition().equals("content") ? 0 : 1).means();
            double mean = 0;
            int rows = codes.length / StoredRun.DIM;
            for (int r = 0; r < rows; r++) {
                mean += codes[r * StoredRun.DIM + sweep.dimension()];
            }
            mean /= rows;
            assertEquals(mean, sweep.values()[steps / 2], 1e-5, "the middle of an odd sweep is the probe-set mean");
            assertTrue(sweep.values()[0] < sweep.values()[steps - 1]);
            for (int s : new int[] { 0, steps - 1 }) {
                float[] expected = linearDecoder(state, snapshot, probe, sweep, sweep.values()[s]);
                float[] actual = sweep.images()[s];
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 1e-4, "pixel " + i + " of " + sweep);
                }
            }
            assertTrue(sweep.change() > 0, "with random decoder weights every dimension moves the image");
        }
        TraversalFigure figure = new TraversalFigure(traversals, "content");
        BufferedImage image = FigureFiles.render(figure, 1);
        assertTrue(FiguresTest.colourful(image, 200, 96, 200 + steps * 64, 96 + 64) > 1000, "the first row is blank");
        assertTrue(FigureFiles.svg(figure).contains("z_style[3]"), "rows are labelled by partition and dimension");
        assertThrows(IllegalArgumentException.class, () -> LatentTraversal.traverse(run, 10_000, steps));
        assertThrows(IllegalArgumentException.class, () -> LatentTraversal.traverse(run, 0, 1));
    }

    /** sigmoid(Σ_p z_p·W_p + b) written out: the stored run's decoder has no hidden layer. */
    private static float[] linearDecoder(TrainerState state, LatentSnapshot snapshot, int probe, Sweep sweep, double value) {
        Map<String, float[]> weights = state.weights();
        float[] bias = weights.get("dec_in_b");
        double[] pre = new double[bias.length];
        for (int i = 0; i < pre.length; i++) {
            pre[i] = bias[i];
        }
        for (LatentSnapshot.PartitionCodes p : snapshot.partitions()) {
            float[] w = weights.get("dec_in_" + p.name() + "_w");
            for (int j = 0; j < p.dimension(); j++) {
                double z = p.name().equals(sweep.partition()) && j == sweep.dimension() ? value
                        : p.means()[probe * p.dimension() + j];
                for (int i = 0; i < pre.length; i++) {
                    pre[i] += z * w[j * pre.length + i];
                }
            }
        }
        float[] out = new float[pre.length];
        for (int i = 0; i < pre.length; i++) {
            out[i] = (float) (1 / (1 + Math.exp(-pre[i])));
        }
        return out;
    }
}
