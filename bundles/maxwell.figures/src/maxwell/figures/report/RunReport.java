package maxwell.figures.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import maxwell.core.analysis.RunAnalysis;
import maxwell.core.analysis.SnapshotAdapter;
import maxwell.core.analysis.LatentTraversal;
import maxwell.core.analysis.SwapDecoding;
import maxwell.core.store.RunFolder;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.TrainingCurves;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.map.PartitionMap;
import maxwell.figures.plane.InformationPlane;
import maxwell.figures.swap.SwapGridFigure;
import maxwell.figures.traverse.TraversalFigure;
import maxwell.info.estimate.Estimate;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;
import maxwell.info.flow.FlowTable;
import maxwell.info.flow.FlowTableCsv;
import maxwell.model.RunRecord;
import maxwell.model.io.AtomicFiles;

/**
 * One run's report: a self-contained {@code index.html} (figures embedded, also written as PNG and
 * SVG under {@code figures/}), the demon table as {@code quantities.csv} and as HTML, the
 * experiment's settings, the record (versions, seed, dataset fingerprint) and the estimators used.
 */
public final class RunReport {

    /** Images per side of the swap grid. */
    static final int SWAP_SIZE = 5;
    static final int TRAVERSAL_STEPS = 9;

    private RunReport() {
    }

    /** @return the report's {@code index.html} */
    public static Path write(RunFolder run, Path folder, RunAnalysis.Progress progress) throws IOException {
        RunFigureData data = RunFigureData.load(run, progress);
        Files.createDirectories(folder);
        FigureSet figures = new FigureSet(folder);
        RunRecord record = run.record();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Maxwell run ").append(Html.escape(run.runId())).append("</h1>\n<p>")
                .append(Html.escape(data.experiment().getDescription())).append("</p>\n");
        body.append(Html.keyValues(recordRows(record, data)));

        body.append("<h2>The demon</h2>\n").append(figures.add(new DemonDiagram(data, -1)));
        body.append("<p>Frames at every evaluation point: ");
        for (int t = 0; t < data.points(); t++) {
            body.append(figures.frame(new DemonDiagram(data, t), String.format(Locale.ROOT, "demon-%03d", t),
                    "epoch " + SnapshotAdapter.epochText(data.epochOf(t))));
        }
        body.append("</p>\n");
        body.append("<h2>Information plane</h2>\n").append(figures.add(new InformationPlane(List.of(data))));
        body.append("<h2>Partition maps</h2>\n")
                .append(figures.add(new PartitionMap(data, -1, PartitionMap.ColourBy.DOMAIN)))
                .append(figures.add(new PartitionMap(data, -1, PartitionMap.ColourBy.CONTENT)));
        body.append("<h2>Swap grid</h2>\n");
        try {
            body.append(figures.add(new SwapGridFigure(SwapDecoding.decode(run, SWAP_SIZE))));
        } catch (IOException e) {
            body.append("<p>No swap grid: ").append(Html.escape(e.getMessage())).append("</p>\n");
        }
        body.append("<h2>Latent traversals</h2>\n");
        try {
            body.append(figures.add(new TraversalFigure(LatentTraversal.traverse(run, 0, TRAVERSAL_STEPS),
                    data.contentPartition())));
        } catch (IOException e) {
            body.append("<p>No traversals: ").append(Html.escape(e.getMessage())).append("</p>\n");
        }
        body.append("<h2>Training</h2>\n").append(figures.add(new TrainingCurves(List.of(RunGroup.of(data)))));

        body.append("<h2>Quantities</h2>\n<p>In bits; σ are ratios. Grey: not distinguishable from 0 (inside the "
                + "permutation-surrogate band). Every column with its surrogate baseline and interval: "
                + "<a href=\"quantities.csv\">quantities.csv</a>.</p>\n");
        body.append(quantities(data));
        StringWriter csv = new StringWriter();
        FlowTableCsv.write(data.table(), csv);
        write(folder.resolve("quantities.csv"), csv.toString());
        body.append("<h3>Estimators</h3>\n").append(Html.keyValues(data.table().metadata()));
        body.append("<h2>Fresh probes by domain</h2>\n").append(DomainBreakdownTable.html(data));
        body.append("<h2>Experiment settings</h2>\n").append(Html.keyValues(SettingsTable.of(data.experiment())));
        Path index = folder.resolve("index.html");
        write(index, Html.page("Maxwell run " + run.runId(), body.toString()));
        return index;
    }

    static Map<String, String> recordRows(RunRecord record, RunFigureData data) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("run", record.getRunId());
        rows.put("experiment", record.getExperimentName());
        rows.put("status", String.valueOf(record.getStatus()));
        rows.put("steps, epochs", record.getStepsDone() + ", " + SnapshotAdapter.epochText(record.getEpochsDone()));
        rows.put("seed", Long.toString(record.getSeed()));
        rows.put("dataset fingerprint", record.getDatasetFingerprint());
        rows.put("created / started / ended", record.getCreated() + " / " + record.getStarted() + " / " + record.getEnded());
        rows.put("versions", "Maxwell " + record.getMaxwellVersion() + ", DL4J " + record.getDl4jVersion() + ", Java "
                + record.getJavaVersion());
        rows.put("host", record.getHost());
        rows.put("evaluation points", Integer.toString(data.points()));
        if (record.getFailure() != null) {
            rows.put("failure", record.getFailure());
        }
        return rows;
    }

    /** The demon table's main columns as HTML; values inside the surrogate band are greyed. */
    static String quantities(RunFigureData data) {
        FlowTable table = data.table();
        List<String> columns = new ArrayList<>(List.of(Columns.H_C, Columns.H_D));
        for (String p : data.partitions()) {
            columns.add(Columns.contentInformation(p));
            columns.add(Columns.domainInformation(p));
        }
        columns.addAll(List.of(Columns.SIGMA_C, Columns.SIGMA_D, Columns.I_ZC_ZS, Columns.L_C, Columns.L_S,
                Columns.TE_C_TO_S, Columns.TE_S_TO_C));
        for (String p : data.partitions()) {
            columns.add(Columns.rateLower(p));
            columns.add(Columns.rateUpper(p));
        }
        columns.removeIf(c -> !table.columns().contains(c));
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        for (FlowRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.point()));
            for (String c : columns) {
                Estimate e = row.estimate(c);
                boolean zero = e != null && e.insideSurrogateBand();
                double v = row.values().getOrDefault(c, Double.NaN);
                cells.add("<td class=\"n" + (zero ? " zero" : "") + "\">"
                        + (Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v)) + "</td>");
            }
            rows.add(cells);
        }
        return Html.table(header, rows);
    }

    static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.replace(file, out -> out.write(bytes));
    }
}
