package maxwell.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.model.Experiment;
import maxwell.model.RunRecord;

/**
 * Two or more runs side by side: the experiment settings in which they differ (and only those)
 * and the last value of every metric. Reading the runs happens in a job.
 */
public final class RunComparisonEditor extends EditorPart {

    public static final String ID = "maxwell.ui.editors.comparison";

    /** What was read of the runs; each list has one entry per run, in the order of the input. */
    public record Comparison(List<String> runIds, List<SettingsDiff.Row> settings, List<MetricsSummary.Row> metrics) {
    }

    private Label heading;
    private TableViewer settings;
    private TableViewer metrics;
    private volatile Comparison comparison;
    private Job load;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof RunComparisonInput)) {
            throw new PartInitException("The run comparison needs runs to compare, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    private RunComparisonInput runs() {
        return (RunComparisonInput) getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Composite top = new Composite(area, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(3, false));
        heading = new Label(top, SWT.WRAP);
        heading.setText("Reading " + runs().runIds().size() + " runs...");
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exportButton(top, "Export settings as CSV...", "settings", CsvTables::settings);
        exportButton(top, "Export metrics as CSV...", "metrics", CsvTables::metrics);
        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridData sashLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        // The tables take the room there is: without hints the layout would measure every cell of them.
        sashLayout.widthHint = 200;
        sashLayout.heightHint = 200;
        sash.setLayoutData(sashLayout);
        settings = table(sash, "Setting");
        metrics = table(sash, "Metric (last value)");
        sash.setWeights(55, 45);

        load = new Job("Reading runs to compare") {
            {
                setPriority(INTERACTIVE); // the user is looking at "Reading 20 runs..."
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Comparison read = read(runs(), monitor);
                    area.getDisplay().asyncExec(() -> show(read));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    area.getDisplay().asyncExec(() -> {
                        if (!heading.isDisposed()) {
                            heading.setText("Cannot read the runs: " + e.getMessage());
                        }
                    });
                    return Status.OK_STATUS; // said in the editor; no dialog on top of it
                }
            }
        };
        load.schedule();
    }

    private void exportButton(Composite parent, String text, String what,
            java.util.function.Function<Comparison, String> table) {
        org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> {
            Comparison shown = comparison;
            if (shown == null) {
                return;
            }
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
            dialog.setOverwrite(true);
            dialog.setFilterExtensions(new String[] { "*.csv" });
            dialog.setFileName("comparison-" + what + ".csv");
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            try {
                CsvTables.write(table.apply(shown), java.nio.file.Path.of(chosen));
            } catch (java.io.IOException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot export " + what,
                        chosen + ": " + e.getMessage());
            }
        });
    }

    /** The job reading the runs (tests wait for it). */
    public Job loadJob() {
        return load;
    }

    /** What the editor shows; null until the runs are read. */
    public Comparison comparison() {
        return comparison;
    }

    public TableViewer settingsTable() {
        return settings;
    }

    public TableViewer metricsTable() {
        return metrics;
    }

    static Comparison read(RunComparisonInput input, IProgressMonitor monitor) throws Exception {
        RunStore store = new RunStore(input.store());
        monitor.beginTask("Reading runs", input.runIds().size());
        // The runs are independent: read them side by side (what a user waits for is mostly parsing).
        List<ReadRun> runs;
        try {
            runs = input.runIds().parallelStream().map(runId -> {
                try {
                    RunFolder run = store.open(runId);
                    RunRecord record = run.record();
                    ReadRun read = new ReadRun(run.experiment(), MetricsLog.read(run.metricsFile()),
                            RunStore.effectiveStatus(record).getName().toLowerCase(Locale.ROOT),
                            String.valueOf(record.getDatasetFingerprint()));
                    synchronized (monitor) {
                        monitor.worked(1);
                    }
                    return read;
                } catch (Exception e) {
                    throw new java.io.UncheckedIOException(new java.io.IOException(runId + ": " + e.getMessage(), e));
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<SettingsDiff.Row> records = new ArrayList<>();
        records.add(new SettingsDiff.Row("run status", runs.stream().map(ReadRun::status).toList()));
        List<String> fingerprints = runs.stream().map(ReadRun::fingerprint).toList();
        if (fingerprints.stream().distinct().count() > 1) {
            records.add(new SettingsDiff.Row("dataset fingerprint", fingerprints));
        }
        records.addAll(SettingsDiff.differing(runs.stream().map(ReadRun::experiment).toList()));
        return new Comparison(input.runIds(), records, MetricsSummary.of(runs.stream().map(ReadRun::metrics).toList()));
    }

    /** What the comparison needs of one run. */
    private record ReadRun(Experiment experiment, List<MetricPoint> metrics, String status, String fingerprint) {
    }

    private void show(Comparison read) {
        if (heading.isDisposed()) {
            return;
        }
        comparison = read;
        settings.getTable().setRedraw(false);
        metrics.getTable().setRedraw(false);
        try {
            addRunColumns(settings, read.runIds());
            addRunColumns(metrics, read.runIds());
            settings.setInput(read.settings());
            metrics.setInput(read.metrics());
        } finally {
            settings.getTable().setRedraw(true);
            metrics.getTable().setRedraw(true);
        }
        long differing = read.settings().size() - 1 - (read.settings().stream().anyMatch(r -> r.setting().equals("dataset fingerprint")) ? 1 : 0);
        heading.setText(read.runIds().size() + " runs: " + (differing == 0 ? "same experiment settings"
                : differing + (differing == 1 ? " setting differs" : " settings differ"))
                + ". The overlaid curves and figures come with the figure views.");
        heading.getParent().getParent().layout(true, true); // cheap: the tables are not measured (hints)
    }

    private static TableViewer table(Composite parent, String firstColumn) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(firstColumn);
        name.getColumn().setWidth(260);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> row instanceof SettingsDiff.Row setting
                ? setting.setting() : ((MetricsSummary.Row) row).metric()));
        return viewer;
    }

    private static void addRunColumns(TableViewer viewer, List<String> runIds) {
        List<String> headers = columnHeaders(runIds);
        org.eclipse.swt.graphics.GC measure = new org.eclipse.swt.graphics.GC(viewer.getTable());
        int width;
        try {
            width = headers.stream().mapToInt(header -> measure.textExtent(header).x).max().orElse(60) + 24;
        } finally {
            measure.dispose();
        }
        for (int i = 0; i < runIds.size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(headers.get(i));
            column.getColumn().setToolTipText(runIds.get(i));
            column.getColumn().setWidth(Math.max(90, Math.min(width, 240)));
            column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> row instanceof SettingsDiff.Row setting
                    ? setting.values().get(index) : ((MetricsSummary.Row) row).values().get(index)));
        }
    }

    /**
     * Run ids without the part all of them share ("tiny-20261123-"), so that twenty columns fit in view and
     * differ where they differ; the whole id is the column's tooltip. A single run, or ids with nothing in
     * common, keep their full ids.
     */
    public static List<String> columnHeaders(List<String> runIds) {
        if (runIds.size() < 2) {
            return runIds;
        }
        String first = runIds.get(0);
        int common = first.length();
        for (String id : runIds) {
            int i = 0;
            while (i < common && i < id.length() && id.charAt(i) == first.charAt(i)) {
                i++;
            }
            common = i;
        }
        int cut = first.lastIndexOf('-', Math.max(0, common - 1)) + 1; // cut at a word: "...-1907" not "...-19"
        if (cut <= 0) {
            return runIds;
        }
        return runIds.stream().map(id -> id.length() > cut ? "…" + id.substring(cut) : id).toList();
    }

    @Override
    public void setFocus() {
        settings.getControl().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
