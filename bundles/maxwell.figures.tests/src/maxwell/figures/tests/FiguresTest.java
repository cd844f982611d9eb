package maxwell.figures.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.analysis.RunAnalysis;
import maxwell.core.analysis.SwapDecoding;
import maxwell.core.run.DemonMetrics;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.figures.Figure;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.TrainingCurves;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.AlluvialStrip;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.export.FigureFiles;
import maxwell.figures.map.PartitionMap;
import maxwell.figures.plane.InformationPlane;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;
import maxwell.figures.swap.SwapGridFigure;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;

class FiguresTest {

    @TempDir
    static Path root;
    static RunFolder run;
    static RunFigureData data;

    @BeforeAll
    static void storedRun() throws Exception {
        run = StoredRun.create(root.resolve("runs"), 7, 3);
        data = RunFigureData.load(run, RunAnalysis.Progress.NONE);
    }

    @Test
    void theDemonDiagramPrintsTheNumbersOfTheTable() {
        for (int t = 0; t < data.points(); t++) {
            String svg = FigureFiles.svg(new DemonDiagram(data, t));
            FlowRow row = data.table().row(t);
            for (String column : List.of(Columns.contentInformation("content"), Columns.domainInformation("content"),
                    Columns.contentInformation("style"), Columns.domainInformation("style"), Columns.H_C, Columns.H_D)) {
                assertTrue(svg.contains(">" + Type.bits(row.value(column)) + "<")
                        || svg.contains(Type.bits(row.value(column)) + " bits"), column + " at point " + t + " is not printed");
            }
            assertTrue(svg.contains("σ_D = " + Type.ratio(row.value(Columns.SIGMA_D))), "σ_D at " + t);
            assertTrue(svg.contains("σ_C = " + Type.ratio(row.value(Columns.SIGMA_C))), "σ_C at " + t);
            if (t > 0) {
                assertTrue(svg.contains("l_c " + Type.signed(row.value(Columns.L_C))), "l_c at " + t);
                assertTrue(svg.contains("l_s " + Type.signed(row.value(Columns.L_S))), "l_s at " + t);
            }
        }
    }

    @Test
    void theLedgerSaysWhenAnEnsembleWatches() throws Exception {
        assertTrue(FigureFiles.svg(new DemonDiagram(data, -1)).contains("The demon&apos;s ledger")
                || FigureFiles.svg(new DemonDiagram(data, -1)).contains("The demon's ledger"), "one demon by default");
        maxwell.model.Experiment ensemble = StoredRun.experiment(8);
        ensemble.getAdversary().setDemons(5);
        RunFigureData watchedByFive = RunFigureData.load(StoredRun.create(root.resolve("ensemble"), ensemble, 2),
                RunAnalysis.Progress.NONE);
        String svg = FigureFiles.svg(new DemonDiagram(watchedByFive, -1));
        assertTrue(svg.contains("5 demons watching Z_content: accuracies of their vote, their mean CE"), "the ledger's title");
        assertTrue(svg.contains(">5 demons<"), "the label under the demon");
        assertEquals(5, maxwell.figures.demon.DemonQuantities.at(watchedByFive, 0).ledger().demons());
    }

    @Test
    void theStoredRunSortsDomainOutOfTheContentChamber() {
        FlowRow last = data.table().row(data.points() - 1);
        assertTrue(last.value(Columns.SIGMA_D) > 0.3, "σ_D " + last.value(Columns.SIGMA_D));
        assertTrue(last.value(Columns.domainInformation("style")) > last.value(Columns.domainInformation("content")));
    }

    @Test
    void theDemonDiagramDrawsBothChambersBarsAndTheStrip() {
        BufferedImage image = FigureFiles.render(new DemonDiagram(data, -1), 1);
        // the bars of the style chamber's domain bits and the content chamber's semantic bits
        assertTrue(count(image, 650, 140, 1070, 380, Palette.DOMAIN) > 200, "no domain bar in the style chamber");
        assertTrue(count(image, 30, 140, 450, 380, Palette.SEMANTIC) > 200, "no semantic bar in the content chamber");
        assertTrue(count(image, 100, 600, 1070, 740, Palette.SEMANTIC) > 100, "no alluvial strip");
    }

    @Test
    void theInformationPlaneHasATrajectoryPerPartition() {
        InformationPlane plane = new InformationPlane(List.of(data));
        assertTrue(plane.hasRates());
        String svg = FigureFiles.svg(plane);
        assertTrue(svg.contains("Z_content") && svg.contains("Z_style"), "legend misses a partition");
        assertTrue(svg.contains("rate I(X;Z_p), bits"));
        BufferedImage image = FigureFiles.render(plane, 1);
        assertTrue(colourful(image, 60, 40, 540, 440) > 50, "no points in the semantic plane");
        assertTrue(colourful(image, 610, 40, 1000, 440) > 50, "no points in the domain plane");
    }

    @Test
    void partitionMapsColourByDomainAndByContent() throws Exception {
        PartitionMap byDomain = new PartitionMap(data, -1, PartitionMap.ColourBy.DOMAIN);
        String svg = FigureFiles.svg(byDomain);
        for (int d = 0; d < StoredRun.DOMAINS; d++) {
            assertTrue(svg.contains(data.domainName(d)), "legend misses " + data.domainName(d));
        }
        BufferedImage image = FigureFiles.render(byDomain, 1);
        assertTrue(colourful(image, 0, 40, 550, 460) > 100, "no points for the content partition");
        assertTrue(colourful(image, 550, 40, 1100, 460) > 100, "no points for the style partition");
        String byContent = FigureFiles.svg(new PartitionMap(data, 0, PartitionMap.ColourBy.CONTENT));
        assertTrue(byContent.contains(data.contentName(0)));
    }

    @Test
    void theSwapGridDecodesEveryPairFromTheCheckpoint() throws Exception {
        SwapDecoding.SwapGrid grid = SwapDecoding.decode(run, 4);
        assertEquals(4, grid.rows().size());
        assertEquals(4, grid.decoded().length);
        assertEquals(3 * 16 * 16, grid.decoded()[1][2].length);
        // a cell mixes the row's content with the column's style: it differs from the row's own decoding
        assertTrue(!java.util.Arrays.equals(grid.decoded()[1][1], grid.decoded()[1][2]));
        SwapGridFigure figure = new SwapGridFigure(grid);
        BufferedImage image = FigureFiles.render(figure, 1);
        int cellX = 150 + 104 + 6 + 12 + 20;
        int cellY = 120 + 104 + 6 + 12 + 20;
        assertTrue(colourful(image, cellX, cellY, cellX + 60, cellY + 60) > 500, "the first decoded cell is blank");
    }

    @Test
    void trainingCurvesAndTheStripDraw() {
        Figure curves = new TrainingCurves(List.of(RunGroup.of(data)));
        String svg = FigureFiles.svg(curves);
        for (String text : List.of("throughput", "cross-entropy", "chance", "epoch")) {
            assertTrue(svg.contains(text), "the training curves do not show '" + text + "'");
        }
        BufferedImage image = FigureFiles.render(curves, 1);
        assertTrue(dark(image, 60, 40, 390, 320) > 100, "no loss curve");
        assertTrue(colourful(FigureFiles.render(new AlluvialStrip(data, 1), 1), 0, 0, 1100, 220) > 500);
    }

    @Test
    void theCurvesShowEachTermARunTrainedWithAndNoOther() throws Exception {
        assertEquals(List.of("reconstruction loss", "KL divergence", "demon's accuracy on training batches",
                "demon's cross-entropy", "adversary weight λ", "throughput"), new TrainingCurves(List.of(RunGroup.of(data))).panelTitles());

        RunFolder withTerms = StoredRun.create(root.resolve("terms"), 9, 3);
        List<maxwell.core.store.MetricPoint> terms = new java.util.ArrayList<>();
        for (int step = 1; step <= 3 * StoredRun.STEPS_PER_EPOCH; step++) {
            double epoch = (double) step / StoredRun.STEPS_PER_EPOCH;
            terms.add(new maxwell.core.store.MetricPoint(step, epoch, "cross_reconstruction_loss", 120 - step));
            terms.add(new maxwell.core.store.MetricPoint(step, epoch, "domain_mmd", 0.5 / step));
            terms.add(new maxwell.core.store.MetricPoint(step, epoch, "pairing", 0)); // weight 0: logged as zeros
            terms.add(new maxwell.core.store.MetricPoint(step, epoch, "learning_rate", 1e-3 * (1 - 0.3 * epoch)));
        }
        try (maxwell.core.store.MetricsLog log = maxwell.core.store.MetricsLog.openForAppend(withTerms.metricsFile())) {
            log.append(terms);
        }
        RunFigureData termsData = RunFigureData.load(withTerms, RunAnalysis.Progress.NONE);
        TrainingCurves curves = new TrainingCurves(List.of(RunGroup.of(termsData), RunGroup.of(data)));
        assertEquals(List.of("reconstruction loss", "cross reconstruction loss", "KL divergence",
                "demon's accuracy on training batches", "demon's cross-entropy", "adversary weight λ", "learning rate",
                "domain MMD² of the watched partition", "throughput"), curves.panelTitles());
        assertEquals(new java.awt.Dimension(1200, 1050), curves.naturalSize(), "nine panels in three rows of three");
        BufferedImage image = FigureFiles.render(curves, 1);
        // the cross reconstruction panel (second of the first row) draws the one run that has the term
        assertTrue(colourful(image, 460, 40, 790, 320) > 100, "no cross reconstruction curve");
    }

    /** The dashboard's data: the curves of the full load, without analysing a snapshot or writing the table's cache. */
    @Test
    void theCurvesNeedNoDemonTable() throws Exception {
        RunFolder fresh = StoredRun.create(root.resolve("metrics-only"), 7, 3);
        RunFigureData metrics = RunFigureData.metricsOnly(fresh);
        assertFalse(java.nio.file.Files.exists(RunAnalysis.tableFile(fresh)), "the demon table was computed");
        assertTrue(metrics.table().rows().isEmpty());
        assertEquals(data.metric("reconstruction_loss"), metrics.metric("reconstruction_loss"), "the same seed's metrics");
        assertEquals(data.domainCount(), metrics.domainCount(), "the chance line needs the domains");
        TrainingCurves curves = new TrainingCurves(List.of(RunGroup.of(metrics)));
        assertEquals(new TrainingCurves(List.of(RunGroup.of(data))).panelTitles(), curves.panelTitles());
        BufferedImage fromMetrics = FigureFiles.render(curves, 1);
        BufferedImage fromFullLoad = FigureFiles.render(new TrainingCurves(List.of(RunGroup.of(data))), 1);
        int differing = 0;
        for (int y = 0; y < fromMetrics.getHeight(); y++) {
            for (int x = 0; x < fromMetrics.getWidth(); x++) {
                differing += fromMetrics.getRGB(x, y) == fromFullLoad.getRGB(x, y) ? 0 : 1;
            }
        }
        // the legend names the run, whose id differs; every curve is the same
        assertTrue(differing < fromMetrics.getWidth() * fromMetrics.getHeight() / 100, differing + " pixels differ");
    }

    @Test
    void runsWithDifferentNumbersOfDomainsEachGetTheirChanceLine() throws Exception {
        maxwell.model.Experiment threeDomains = StoredRun.experiment(5);
        threeDomains.getData().getDomains().remove(3);
        RunFigureData three = RunFigureData.metricsOnly(StoredRun.create(root.resolve("three-domains"), threeDomains, 2));
        RunFigureData four = RunFigureData.metricsOnly(StoredRun.create(root.resolve("four-domains"), 6, 2));
        assertEquals(List.of(0.25), new TrainingCurves(List.of(RunGroup.of(four))).chanceLevels());
        assertEquals(List.of(1.0 / 3, 0.25), new TrainingCurves(List.of(RunGroup.of(three), RunGroup.of(four))).chanceLevels());
        assertEquals(List.of(0.25), new TrainingCurves(List.of(RunGroup.of(four), RunGroup.of(data))).chanceLevels(),
                "one line for runs with the same domains");
    }

    @Test
    void anEnsemblesDemonsAreDrawnOneByOneForASingleRun() throws Exception {
        RunFolder plain = StoredRun.create(root.resolve("ensemble"), 8, 3);
        BufferedImage withoutDemons = FigureFiles.render(new TrainingCurves(List.of(RunGroup.of(RunFigureData.metricsOnly(plain)))), 1);
        List<MetricPoint> each = new java.util.ArrayList<>();
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int demon = 0; demon < 3; demon++) {
                each.add(new MetricPoint((long) epoch * StoredRun.STEPS_PER_EPOCH, epoch, DemonMetrics.probeAccuracyOf(demon),
                        0.9 - 0.1 * epoch - 0.2 * demon));
            }
        }
        try (MetricsLog log = MetricsLog.openForAppend(plain.metricsFile())) {
            log.append(each);
        }
        RunFigureData ensemble = RunFigureData.metricsOnly(plain);
        TrainingCurves curves = new TrainingCurves(List.of(RunGroup.of(ensemble)));

        assertEquals(List.of("demon 1", "demon 2", "demon 3"), curves.eachDemonDrawn());
        assertTrue(curves.caption().contains("thin lines: each demon's"), curves.caption());
        assertEquals(List.of(), new TrainingCurves(List.of(RunGroup.of(data))).eachDemonDrawn(), "one demon");
        assertEquals(List.of(), new TrainingCurves(List.of(RunGroup.of(ensemble), RunGroup.of(data))).eachDemonDrawn(),
                "a comparison keeps to the ensembles' votes");
        BufferedImage withDemons = FigureFiles.render(curves, 1);
        int differing = 0;
        for (int y = 0; y < withDemons.getHeight(); y++) {
            for (int x = 0; x < withDemons.getWidth(); x++) {
                differing += withDemons.getRGB(x, y) == withoutDemons.getRGB(x, y) ? 0 : 1;
            }
        }
        assertTrue(differing > 200, "the demons' lines and labels: " + differing + " pixels");
        // kept beside the build output for a person to look at
        java.nio.file.Files.createDirectories(Path.of("target"));
        javax.imageio.ImageIO.write(withDemons, "png", Path.of("target", "curves-ensemble.png").toFile());
    }

    private static int count(BufferedImage image, int x0, int y0, int x1, int y1, Color colour) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels that are neither white nor grey: data drawn in colour. */
    static int colourful(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
                Color c = new Color(image.getRGB(x, y));
                int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
                int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                if (max - min > 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    n++;
                }
            }
        }
        return n;
    }
}
