package maxwell.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;

import maxwell.core.run.BackgroundPriority;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.figures.data.RunFigureData;
import maxwell.model.Experiment;
import maxwell.model.RunRecord;
import maxwell.ui.views.FigureCanvas;
import maxwell.ui.views.FigureExport;

/**
 * Two or more runs side by side: the experiment settings in which they differ (and only those),
 * the last value of every metric (against a pinned baseline), and tabs of figures: any metric
 * overlaid (runs that differ only by seed as mean ± band), and the demon diagrams, information
 * planes and partition maps of all runs at one epoch. The tables are read first, in one job; the
 * figures' data in another, at low priority; each tab draws in its own job.
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
    private Job loadFigures;
    private CTabFolder tabs;
    private Combo baselineChooser;
    private Scale epochScale;
    private Label epochLabel;
    private Label figureStatus;
    private Button exportFigure;
    private Map<ComparisonFigures.Kind, ComparisonFigurePanel> panels;
    private volatile ComparisonFigures figures;
    private volatile String baseline;
    private volatile double epoch = Double.POSITIVE_INFINITY;
    private List<Double> epochStops = List.of();

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
        heading = new Label(area, SWT.WRAP);
        heading.setText("Reading " + runs().runIds().size() + " runs...");
        GridData headingLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        headingLayout.widthHint = 200; // wraps to the editor's width instead of widening it
        heading.setLayoutData(headingLayout);
        choices(area);

        tabs = new CTabFolder(area, SWT.BORDER | SWT.FLAT);
        GridData tabsLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        // The tables take the room there is: without hints the layout would measure every cell of them.
        tabsLayout.widthHint = 200;
        tabsLayout.heightHint = 200;
        tabs.setLayoutData(tabsLayout);
        Composite tablesPage = new Composite(tabs, SWT.NONE);
        GridLayout tablesLayout = new GridLayout(2, false);
        tablesLayout.marginWidth = 0;
        tablesLayout.marginHeight = 2;
        tablesPage.setLayout(tablesLayout);
        exportButton(tablesPage, "Export settings as CSV...", "settings", CsvTables::settings);
        exportButton(tablesPage, "Export metrics as CSV...", "metrics", CsvTables::metrics);
        SashForm sash = new SashForm(tablesPage, SWT.VERTICAL);
        GridData sashLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        sashLayout.horizontalSpan = 2;
        sashLayout.widthHint = 200; // the tables are not measured: their size comes from the tab
        sashLayout.heightHint = 200;
        sash.setLayoutData(sashLayout);
        settings = table(sash, "Setting");
        metrics = table(sash, "Metric (last value)");
        sash.setWeights(55, 45);
        CTabItem tablesTab = new CTabItem(tabs, SWT.NONE);
        tablesTab.setText("Settings && metrics");
        tablesTab.setControl(tablesPage);
        panels = ComparisonFigurePanel.all(tabs, new ComparisonFigurePanel.Source() {
            @Override
            public ComparisonFigures figures() {
                return figures;
            }

            @Override
            public String baseline() {
                return baseline;
            }

            @Override
            public double epoch() {
                return epoch;
            }
        });
        for (ComparisonFigurePanel panel : panels.values()) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(panel.kind().title());
            item.setControl(panel.control());
            item.setData(panel);
        }
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, event -> {
            shownPanel().ifPresent(ComparisonFigurePanel::redraw);
            exportFigure.setEnabled(shownPanel().isPresent());
        });

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
        loadFigures = new FigureDataJob();
        // the figures' data are read once the tables are shown: they are what the user reads first
        load.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() != IStatus.CANCEL) {
                    loadFigures.schedule(FIGURES_AFTER_TABLES_MS);
                }
            }
        });
    }

    /** Baseline, the epoch of the side-by-side figures, and export of the shown figure: shared by all tabs. */
    private void choices(Composite parent) {
        // two rows, so that the epoch slider keeps its room in a narrow editor area
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(4, false));
        new Label(bar, SWT.NONE).setText("&Baseline:");
        baselineChooser = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        baselineChooser.setToolTipText("Pin a run: the metrics show each run's difference to it, the curves draw it"
                + " in black, and it comes first in the figures side by side");
        baselineChooser.add(NO_BASELINE);
        runs().runIds().forEach(baselineChooser::add);
        baselineChooser.select(0);
        baselineChooser.addListener(SWT.Selection, event -> pinBaseline(
                baselineChooser.getSelectionIndex() <= 0 ? null : baselineChooser.getText()));
        figureStatus = new Label(bar, SWT.NONE);
        figureStatus.setText("reading the figures' data…");
        figureStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exportFigure = new Button(bar, SWT.PUSH);
        new Label(bar, SWT.NONE).setText("Figures &at:");
        epochScale = new Scale(bar, SWT.HORIZONTAL);
        GridData scaleLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        scaleLayout.horizontalSpan = 2;
        scaleLayout.widthHint = 120;
        epochScale.setLayoutData(scaleLayout);
        epochScale.setToolTipText("The epoch at which the runs' figures are set side by side");
        epochScale.setEnabled(false);
        epochScale.addListener(SWT.Selection, event -> showEpochStop(epochScale.getSelection()));
        epochLabel = new Label(bar, SWT.NONE);
        epochLabel.setText("last epoch      ");
        exportFigure.setText("Export &figure...");
        exportFigure.setEnabled(false);
        exportFigure.addListener(SWT.Selection, event -> shownPanel().ifPresent(panel -> {
            if (panel.canvas().figure() == null) {
                return;
            }
            Path file = FigureExport.askFile(getSite().getShell(), "Export " + panel.kind().title(),
                    panel.canvas().figure().name());
            if (file != null) {
                panel.export(file);
            }
        }));
    }

    private static final String NO_BASELINE = "(none)";
    /** Leaves the UI thread time to paint the tables before the figures' data are read. */
    private static final long FIGURES_AFTER_TABLES_MS = 300;

    /** The figure panel of the selected tab, if a figure tab is selected. */
    private java.util.Optional<ComparisonFigurePanel> shownPanel() {
        CTabItem item = tabs.getSelection();
        return item != null && item.getData() instanceof ComparisonFigurePanel panel ? java.util.Optional.of(panel)
                : java.util.Optional.empty();
    }

    /** Pins {@code runId} as the baseline, or none for null (what the baseline combo does). UI thread. */
    public void pinBaseline(String runId) {
        if (runId != null && !runs().runIds().contains(runId)) {
            throw new IllegalArgumentException(runId + " is not one of the compared runs");
        }
        baseline = runId;
        int index = runId == null ? 0 : runs().runIds().indexOf(runId) + 1;
        if (baselineChooser.getSelectionIndex() != index) {
            baselineChooser.select(index);
        }
        Comparison shown = comparison;
        if (shown != null) {
            metrics.setInput(MetricsSummary.againstBaseline(shown.metrics(), baselineColumn()));
            markBaselineColumns();
        }
        shownPanel().ifPresent(ComparisonFigurePanel::redraw);
    }

    public String baseline() {
        return baseline;
    }

    /** The baseline's index among the runs, or −1 (the run lists are immutable and reject null). */
    private int baselineColumn() {
        String pinned = baseline;
        return pinned == null ? -1 : runs().runIds().indexOf(pinned);
    }

    /** Sets the figures side by side at {@code value} (snapped to the nearest evaluation epoch). UI thread. */
    public void showEpoch(double value) {
        if (epochStops.isEmpty()) {
            return;
        }
        int nearest = 0;
        for (int i = 0; i < epochStops.size(); i++) {
            if (Math.abs(epochStops.get(i) - value) < Math.abs(epochStops.get(nearest) - value)) {
                nearest = i;
            }
        }
        epochScale.setSelection(nearest);
        showEpochStop(nearest);
    }

    public double epoch() {
        return epoch;
    }

    private void showEpochStop(int stop) {
        epoch = epochStops.get(stop);
        epochLabel.setText("epoch " + maxwell.core.analysis.SnapshotAdapter.epochText(epoch));
        epochLabel.getParent().layout();
        shownPanel().ifPresent(ComparisonFigurePanel::redraw);
    }

    /** Shows a figure tab (what clicking it does). UI thread. */
    public void showFigures(ComparisonFigures.Kind kind) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getData() == panels.get(kind)) {
                tabs.setSelection(item);
            }
        }
        exportFigure.setEnabled(true);
        panels.get(kind).redraw();
    }

    /** Chooses the metric the curves overlay. UI thread. */
    public void showMetric(String metric) {
        panels.get(ComparisonFigures.Kind.CURVES).showMetric(metric);
    }

    public FigureCanvas figureCanvas(ComparisonFigures.Kind kind) {
        return panels.get(kind).canvas();
    }

    /** Counts what a figure tab handed to its canvas (figures and messages); tests wait for it to move. */
    public int figuresShown(ComparisonFigures.Kind kind) {
        return panels.get(kind).figuresShown();
    }

    public Job drawJob(ComparisonFigures.Kind kind) {
        return panels.get(kind).drawJob();
    }

    /** The job reading the runs' figure data (tests wait for it). */
    public Job figureDataJob() {
        return loadFigures;
    }

    /** The runs' figures; null until their data are read. */
    public ComparisonFigures figures() {
        return figures;
    }

    /**
     * Reads every run's figure data (the demon table comes from its cache in the run folder, or is computed
     * there), after the tables: those are what the user reads first. Runs without an evaluation point yet
     * are left out of the figures and named.
     */
    private final class FigureDataJob extends Job {

        FigureDataJob() {
            super("Reading the figure data of " + runs().runIds().size() + " runs");
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            BackgroundPriority.lowerCurrentThread();
            List<String> ids = runs().runIds();
            monitor.beginTask(getName(), ids.size());
            RunStore store = new RunStore(runs().store());
            List<RunFigureData> read = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (String runId : ids) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask(runId);
                try {
                    RunFolder run = store.open(runId);
                    if (run.snapshots().isEmpty()) {
                        left.add(runId + " (no evaluation point yet)");
                    } else {
                        read.add(RunFigureData.load(run, (done, total) -> {
                            if (monitor.isCanceled()) {
                                throw new org.eclipse.core.runtime.OperationCanceledException();
                            }
                        }));
                    }
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    left.add(runId + " (" + e.getMessage() + ")");
                }
                monitor.worked(1);
            }
            ComparisonFigures made = read.isEmpty() ? null : new ComparisonFigures(read);
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> figuresRead(made, left));
            return Status.OK_STATUS;
        }
    }

    private void figuresRead(ComparisonFigures made, List<String> left) {
        if (heading.isDisposed()) {
            return;
        }
        figures = made;
        String without = left.isEmpty() ? "" : "Not in the figures: " + String.join(", ", left);
        if (made == null) {
            figureStatus.setText("no figures");
            figureStatus.setToolTipText(without);
            panels.values().forEach(panel -> panel.showMessage("None of the runs can be drawn yet. " + without));
            figureStatus.getParent().layout();
            return;
        }
        figureStatus.setText(made.groups().size() < runs().runIds().size() - left.size()
                ? made.groups().size() + " groups (seeds pooled)" : "");
        figureStatus.setToolTipText(without.isEmpty() ? null : without);
        if (!without.isEmpty()) {
            figureStatus.setText(figureStatus.getText() + (figureStatus.getText().isEmpty() ? "" : "; ")
                    + left.size() + " left out");
        }
        epochStops = made.epochs();
        epochScale.setMinimum(0);
        epochScale.setMaximum(Math.max(1, epochStops.size() - 1));
        epochScale.setIncrement(1);
        epochScale.setPageIncrement(1);
        epochScale.setEnabled(epochStops.size() > 1);
        epochScale.setSelection(epochStops.size() - 1);
        panels.get(ComparisonFigures.Kind.CURVES).metricsKnown(made.metrics());
        showEpochStop(epochStops.size() - 1);
        figureStatus.getParent().layout();
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
            metrics.setInput(MetricsSummary.againstBaseline(read.metrics(), baselineColumn()));
        } finally {
            settings.getTable().setRedraw(true);
            metrics.getTable().setRedraw(true);
        }
        long differing = read.settings().size() - 1 - (read.settings().stream().anyMatch(r -> r.setting().equals("dataset fingerprint")) ? 1 : 0);
        heading.setText(read.runIds().size() + " runs: " + (differing == 0 ? "same experiment settings"
                : differing + (differing == 1 ? " setting differs" : " settings differ"))
                + ". Curves, demons, information planes and partition maps are in the tabs below.");
        if (baseline != null) {
            pinBaseline(baseline);
        }
        heading.requestLayout(); // only the heading: the tables and figures keep their size
    }

    /** The baseline's column says so in both tables. */
    private void markBaselineColumns() {
        List<String> headers = columnHeaders(runs().runIds());
        for (TableViewer viewer : List.of(settings, metrics)) {
            org.eclipse.swt.widgets.TableColumn[] columns = viewer.getTable().getColumns();
            for (int i = 0; i < headers.size() && i + 1 < columns.length; i++) {
                boolean pinned = runs().runIds().get(i).equals(baseline);
                columns[i + 1].setText(pinned ? headers.get(i) + " (baseline)" : headers.get(i));
                if (pinned) {
                    org.eclipse.swt.graphics.GC measure = new org.eclipse.swt.graphics.GC(viewer.getTable());
                    try {
                        int wanted = measure.textExtent(columns[i + 1].getText()).x + 24;
                        columns[i + 1].setWidth(Math.max(columns[i + 1].getWidth(), Math.min(wanted, 320)));
                    } finally {
                        measure.dispose();
                    }
                }
            }
        }
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
    public void dispose() {
        load.cancel();
        loadFigures.cancel(); // reading twenty runs' figure data for a closed editor would only slow the next one
        panels.values().forEach(panel -> panel.drawJob().cancel());
        super.dispose();
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
