package maxwell.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import maxwell.core.store.MetricPoint;
import maxwell.model.Experiment;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.ui.compare.MetricsSummary;
import maxwell.ui.compare.SettingsDiff;

/** The comparison's tables: only the settings that differ, and every metric's last value. */
class SettingsDiffTest {

    @Test
    void listsOnlyTheSettingsThatDifferNamingListElementsByName() {
        Experiment a = ExperimentTemplates.syntheticMapTiles();
        Experiment b = ExperimentTemplates.syntheticMapTiles();
        b.getTraining().setEpochs(a.getTraining().getEpochs() + 5);
        b.getData().getDomains().get(0).setRendering("sketch");
        b.getAdversary().setLambda(2.5);

        List<SettingsDiff.Row> rows = SettingsDiff.differing(List.of(a, b));

        String domain = a.getData().getDomains().get(0).getName();
        assertEquals(List.of("data.domains[" + domain + "].rendering", "adversary.lambda", "training.epochs"),
                rows.stream().map(SettingsDiff.Row::setting).toList());
        assertEquals(List.of("10", "2.5"), rows.get(1).values(), "decimals are written plainly");
        assertEquals(List.of(), SettingsDiff.differing(List.of(a, ExperimentTemplates.syntheticMapTiles())));
    }

    @Test
    void exportsTheTablesAsCsvWithQuoting() throws Exception {
        maxwell.ui.compare.RunComparisonEditor.Comparison comparison = new maxwell.ui.compare.RunComparisonEditor.Comparison(
                List.of("run-a", "run-b"),
                List.of(new SettingsDiff.Row("model.encoderHiddenSizes", List.of("512, 256", "64"))),
                List.of(new MetricsSummary.Row("loss", List.of("2.000", ""))));
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("csv").resolve("settings.csv");

        maxwell.ui.compare.CsvTables.write(maxwell.ui.compare.CsvTables.settings(comparison), file);

        assertEquals("setting,run-a,run-b\nmodel.encoderHiddenSizes,\"512, 256\",64\n", java.nio.file.Files.readString(file));
        assertEquals("metric,run-a,run-b\nloss,2.000,\n", maxwell.ui.compare.CsvTables.metrics(comparison));
    }

    @Test
    void summarisesTheLastValueOfEveryMetricPerRun() {
        List<MetricPoint> first = List.of(new MetricPoint(1, 0.1, "loss", 3.0), new MetricPoint(2, 0.2, "loss", 2.0));
        List<MetricPoint> second = List.of(new MetricPoint(1, 0.1, "loss", 4.0), new MetricPoint(1, 0.1, "lambda", 0.5));

        List<MetricsSummary.Row> rows = MetricsSummary.of(List.of(first, second));

        assertEquals("steps", rows.get(0).metric());
        assertEquals(List.of("2", "1"), rows.get(0).values());
        assertEquals(List.of("2.000", "4.000"), rows.get(1).values());
        assertEquals(List.of("", "0.5000"), rows.get(2).values(), "a run without the metric shows nothing, not zero");
    }

    @Test
    void comparisonColumnsLeaveOutWhatEveryRunIdShares() {
        assertEquals(List.of("…190712", "…190713-2"), maxwell.ui.compare.RunComparisonEditor
                .columnHeaders(List.of("compare-20-20261123-190712", "compare-20-20261123-190713-2")));
        assertEquals(List.of("…180920", "…180920-2"), maxwell.ui.compare.RunComparisonEditor
                .columnHeaders(List.of("tiny-20261123-180920", "tiny-20261123-180920-2")));
        assertEquals(List.of("a-1", "b-1"), maxwell.ui.compare.RunComparisonEditor.columnHeaders(List.of("a-1", "b-1")),
                "nothing shared: the whole ids");
        assertEquals(List.of("only-20261123-1"), maxwell.ui.compare.RunComparisonEditor.columnHeaders(List.of("only-20261123-1")));
    }
}
