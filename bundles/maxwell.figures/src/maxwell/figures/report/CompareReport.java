package maxwell.figures.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import maxwell.core.analysis.RunAnalysis;
import maxwell.core.store.RunFolder;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.RunGroups;
import maxwell.figures.curves.TrainingCurves;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.plane.InformationPlane;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;

/**
 * A comparison of runs: their metrics overlaid (runs that differ only by seed grouped as mean
 * with a band), a table of only the settings that differ, the final quantities side by side, and
 * the demon diagrams and information planes together.
 */
public final class CompareReport {

    private CompareReport() {
    }

    public static Path write(List<RunFolder> runs, Path folder, RunAnalysis.Progress progress) throws IOException {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two runs");
        }
        List<RunFigureData> data = new ArrayList<>();
        for (RunFolder run : runs) {
            data.add(RunFigureData.load(run, progress));
        }
        Files.createDirectories(folder);
        FigureSet figures = new FigureSet(folder);
        List<Map<String, String>> settings = data.stream().map(d -> SettingsTable.of(d.experiment())).toList();
        List<RunGroup> groups = RunGroups.bySettingsExceptSeed(data);

        StringBuilder body = new StringBuilder("<h1>Maxwell: comparison of " + runs.size() + " runs</h1>\n");
        body.append("<h2>Settings that differ</h2>\n").append(differences(data, settings));
        if (groups.size() < data.size()) {
            body.append("<p>Runs that differ only by seed are drawn as one group: ");
            for (RunGroup g : groups) {
                if (g.runs().size() > 1) {
                    body.append(Html.escape(g.label())).append(" = ")
                            .append(Html.escape(String.join(", ", g.runs().stream().map(RunFigureData::runId).toList())))
                            .append("; ");
                }
            }
            body.append("</p>\n");
        }
        body.append("<h2>Final quantities</h2>\n").append(finalQuantities(data));
        body.append("<h2>Training</h2>\n").append(figures.add(new TrainingCurves(groups)));
        body.append("<h2>Information planes</h2>\n").append(figures.add(new InformationPlane(data)));
        body.append("<h2>The demon, last evaluation of each run</h2>\n<div class=\"side\">\n");
        for (int i = 0; i < data.size(); i++) {
            body.append(figures.add(new DemonDiagram(data.get(i), -1), String.format(Locale.ROOT, "demon-run-%d", i + 1)));
        }
        body.append("</div>\n");
        Path index = folder.resolve("index.html");
        RunReport.write(index, Html.page("Maxwell comparison", body.toString()));
        return index;
    }

    static String differences(List<RunFigureData> data, List<Map<String, String>> settings) {
        Set<String> keys = new LinkedHashSet<>();
        settings.forEach(s -> keys.addAll(s.keySet()));
        List<String> header = new ArrayList<>(List.of("setting"));
        data.forEach(d -> header.add(d.runId()));
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys) {
            Set<String> values = new LinkedHashSet<>();
            settings.forEach(s -> values.add(Objects.toString(s.get(key), "")));
            if (values.size() > 1) {
                List<String> row = new ArrayList<>(List.of(key));
                settings.forEach(s -> row.add(Objects.toString(s.get(key), "(none)")));
                rows.add(row);
            }
        }
        return rows.isEmpty() ? "<p>The runs have the same settings.</p>\n" : Html.table(header, rows);
    }

    static String finalQuantities(List<RunFigureData> data) {
        List<String> header = List.of("run", "point", "σ_D", "σ_C", "I(Z_c;C)", "I(Z_c;D)", "I(Z_s;C)", "I(Z_s;D)",
                "demon accuracy (probe set)");
        List<List<String>> rows = new ArrayList<>();
        for (RunFigureData d : data) {
            FlowRow last = d.table().row(d.points() - 1);
            String c = d.contentPartition();
            String s = d.stylePartition();
            rows.add(List.of(d.runId(), last.point(), number(last.value(Columns.SIGMA_D)), number(last.value(Columns.SIGMA_C)),
                    number(last.value(Columns.contentInformation(c))), number(last.value(Columns.domainInformation(c))),
                    number(last.value(Columns.contentInformation(s))), number(last.value(Columns.domainInformation(s))),
                    number(d.valueAt(maxwell.core.run.DemonMetrics.PROBE_ACCURACY, d.stepOf(d.points() - 1)))));
        }
        return Html.table(header, rows);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
