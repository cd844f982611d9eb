package maxwell.ui.experiments;

import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

import maxwell.model.RunStatus;
import maxwell.model.catalog.CatalogEntry;
import maxwell.ui.Images;
import maxwell.ui.experiments.NavigatorRows.ExperimentRow;
import maxwell.ui.experiments.NavigatorRows.RunRow;
import maxwell.ui.runs.WorkspaceChanges;
import maxwell.ui.runs.Workspace;

/**
 * The navigator: the experiments in the workspace, whether they load and validate, and under
 * each its runs with their status (a training run with its progress). Reading the workspace runs
 * in a job; while a run trains the view follows it about once a second.
 */
public final class ExperimentsView extends ViewPart {

    public static final String ID = "maxwell.ui.views.experiments";
    /** Active while the navigator is: its keys (Delete) must not reach editors. */
    static final String NAVIGATOR_CONTEXT = "maxwell.ui.contexts.navigator";
    static final String OPEN_COMMAND = "maxwell.ui.commands.open";

    /** How often the view looks whether another program changed experiments or runs. */
    static final long WATCH_INTERVAL_MS = 3000;

    /**
     * Notices what other programs do in the workspace (a run started from the command line, an
     * experiment edited in a text editor) and reads the workspace again when something changed.
     */
    private final Job watcher = new Job("Watching the workspace for changes") {
        {
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (disposed) {
                return Status.CANCEL_STATUS;
            }
            long now = WorkspaceFingerprint.of(Workspace.folder());
            long shown = shownFingerprint;
            if (shown != UNKNOWN && now != shown) {
                shownFingerprint = now; // one rescan per change, however long it takes
                refresh(true);
            }
            if (!disposed) {
                schedule(WATCH_INTERVAL_MS);
            }
            return Status.OK_STATUS;
        }
    };

    private static final long UNKNOWN = Long.MIN_VALUE;

    /** The workspace as of the last full scan: taken before it, so nothing written during it is missed. */
    private volatile long shownFingerprint = UNKNOWN;

    /** How often the view re-reads the runs while one of them trains. */
    static final long FOLLOW_INTERVAL_MS = 1000;

    private final NavigatorScan scanner = new NavigatorScan();
    private final Runnable runsChanged = () -> refresh(true);
    private TreeViewer viewer;
    private volatile List<ExperimentRow> rows = List.of();
    private volatile boolean disposed;

    private org.eclipse.ui.IMemento memento;

    @Override
    public void init(org.eclipse.ui.IViewSite site, org.eclipse.ui.IMemento state) throws org.eclipse.ui.PartInitException {
        super.init(site, state);
        this.memento = state;
    }

    /** Column widths are part of the layout users expect back after a restart. */
    @Override
    public void saveState(org.eclipse.ui.IMemento state) {
        super.saveState(state);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            org.eclipse.swt.widgets.TreeColumn[] columns = viewer.getTree().getColumns();
            for (int i = 0; i < columns.length; i++) {
                state.putInteger(COLUMN_WIDTH + i, columns[i].getWidth());
            }
        }
    }

    private void restoreColumnWidths() {
        if (memento == null) {
            return;
        }
        org.eclipse.swt.widgets.TreeColumn[] columns = viewer.getTree().getColumns();
        for (int i = 0; i < columns.length; i++) {
            Integer width = memento.getInteger(COLUMN_WIDTH + i);
            if (width != null && width > 0) {
                columns[i].setWidth(width);
            }
        }
    }

    private static final String COLUMN_WIDTH = "columnWidth";

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setContentProvider(new RowsContent());
        viewer.setComparer(new RowIdentity());
        addColumn("Experiment / run", 210, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ExperimentRow experiment ? experiment.name() : ((RunRow) element).runId();
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof ExperimentRow experiment ? experimentImage(experiment) : runImage((RunRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof ExperimentRow experiment) {
                    return experiment.entry() == null ? "runs of '" + experiment.name() + "', whose file is not in the workspace"
                            : experiment.entry().relativeFile() + "\n" + experiment.entry().status();
                }
                RunRow run = (RunRow) element;
                return run.run().folder() + "\n" + RunTexts.status(run);
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        addColumn("Status", 170, text(row -> row instanceof ExperimentRow experiment
                ? (experiment.entry() == null ? "no file" : experiment.entry().status())
                : RunTexts.status((RunRow) row)));
        addColumn("Details", 300, text(row -> row instanceof ExperimentRow experiment
                ? (experiment.entry() == null ? "" : experiment.entry().summary())
                : RunTexts.details((RunRow) row)));
        addColumn("File / started", 200, text(row -> row instanceof ExperimentRow experiment
                ? (experiment.entry() == null ? "" : experiment.entry().relativeFile().toString())
                : RunTexts.started((RunRow) row)));
        restoreColumnWidths();
        viewer.setInput(shown);
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> executeQuietly(OPEN_COMMAND));
        createContextMenu();
        getSite().getService(IContextService.class).activateContext(NAVIGATOR_CONTEXT);

        WorkspaceChanges.addListener(runsChanged);
        refresh();
        watcher.schedule(WATCH_INTERVAL_MS);
    }

    private void executeQuietly(String command) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (Exception e) {
            // not enabled for this selection (e.g. a run): a double-click then does nothing
        }
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu", ID);
        menu.add(new GroupMarker("open"));
        menu.add(new Separator("run"));
        menu.add(new Separator("compare"));
        menu.add(new Separator("edit"));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu control = menu.createContextMenu(viewer.getControl());
        viewer.getControl().setMenu(control);
        getSite().registerContextMenu(ID, menu, viewer);
    }

    /** Re-reads the workspace in the background; the tree updates when the scan is done. */
    public Job refresh() {
        return refresh(false);
    }

    private Job refresh(boolean quietly) {
        Path workspace = Workspace.folder();
        Job job = new ScanJob(workspace, true);
        job.setRule(SCAN_RULE);
        job.setSystem(quietly);
        job.schedule(quietly ? 100 : 0);
        return job;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    /** The experiments as last shown. */
    public List<ExperimentRow> rows() {
        return rows;
    }

    /** The experiment files as last shown (without runs whose file is gone). */
    public List<CatalogEntry> entries() {
        return rows.stream().map(ExperimentRow::entry).filter(entry -> entry != null).toList();
    }

    /** Every run as last shown. */
    public List<RunRow> runs() {
        List<RunRow> runs = new ArrayList<>();
        rows.forEach(row -> runs.addAll(row.runs()));
        return runs;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        disposed = true;
        watcher.cancel();
        WorkspaceChanges.removeListener(runsChanged);
        super.dispose();
    }

    private void show(Path workspace, List<ExperimentRow> scanned) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<?> selected = viewer.getStructuredSelection().toList();
        List<ExperimentRow> before = rows;
        boolean first = before.isEmpty();
        rows = scanned;
        if (!first && sameStructure(before, scanned)) {
            // The same experiments and runs: only texts change (a training run's progress, every second).
            // Updating the rows that changed spares GTK rebuilding and laying out the whole tree.
            shown.rows = scanned;
            for (int i = 0; i < scanned.size(); i++) {
                ExperimentRow now = scanned.get(i);
                if (!now.equals(before.get(i))) {
                    viewer.update(now, null);
                    for (int j = 0; j < now.runs().size(); j++) {
                        if (!now.runs().get(j).equals(before.get(i).runs().get(j))) {
                            viewer.update(now.runs().get(j), null);
                        }
                    }
                }
            }
        } else {
            Object[] expanded = viewer.getExpandedElements();
            shown = new Shown(scanned);
            viewer.setInput(shown);
            if (first) {
                viewer.expandAll();
            } else {
                viewer.setExpandedElements(expanded);
                // a new run shows at once under its experiment
                scanned.stream().filter(row -> row.runs().stream().anyMatch(run -> run.status() == RunStatus.RUNNING))
                        .forEach(row -> viewer.setExpandedState(row, true));
            }
        }
        reselect(selected);
        fitNames();
        long broken = scanned.stream().filter(row -> row.entry() != null && !row.entry().isClean()).count();
        long files = scanned.stream().filter(row -> row.entry() != null).count();
        long training = runs().stream().filter(run -> run.status() == RunStatus.RUNNING).count();
        String count = files == 1 ? "1 experiment" : files + " experiments";
        String description = files == 0 && scanned.isEmpty()
                ? "No experiments (*.maxwell) in " + workspace + " yet. File > New Experiment... makes one."
                : count + " in " + workspace + (broken > 0 ? ", " + broken + " with problems" : "")
                        + (training > 0 ? ", " + training + " training" : "");
        if (!description.equals(getContentDescription())) {
            setContentDescription(description);
        }
    }

    /** The viewer's input: the rows shown, replaced in place when only their texts change. */
    private static final class Shown {
        volatile List<ExperimentRow> rows;

        Shown(List<ExperimentRow> rows) {
            this.rows = rows;
        }
    }

    private Shown shown = new Shown(List.of());

    /** The same experiments with the same runs, in the same order (their states may differ). */
    private static boolean sameStructure(List<ExperimentRow> a, List<ExperimentRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        RowIdentity identity = new RowIdentity();
        for (int i = 0; i < a.size(); i++) {
            ExperimentRow x = a.get(i);
            ExperimentRow y = b.get(i);
            if (!identity.equals(x, y) || x.runs().size() != y.runs().size()) {
                return false;
            }
            for (int j = 0; j < x.runs().size(); j++) {
                if (!identity.equals(x.runs().get(j), y.runs().get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The viewer keeps a selected run selected across a refresh, but holds on to the old row, so
     * commands would judge the run by its old status (Resume disabled right after Cancel). Selecting
     * the new rows tells everyone what the run is now, but only when something commands look at
     * changed: a training run's step count changes every second, and a selection event makes every
     * command and view look again on the UI thread.
     */
    private void reselect(List<?> before) {
        if (before.isEmpty()) {
            return;
        }
        RowIdentity identity = new RowIdentity();
        List<Object> now = new ArrayList<>();
        for (Object old : before) {
            rows.stream().<Object>flatMap(row -> java.util.stream.Stream.concat(java.util.stream.Stream.of(row), row.runs().stream()))
                    .filter(row -> identity.equals(row, old)).findFirst().ifPresent(now::add);
        }
        if (!now.stream().map(ExperimentsView::commandState).toList()
                .equals(before.stream().map(ExperimentsView::commandState).toList())) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(now));
        }
    }

    /** What the run commands' enablement depends on: a run's status and where it trains; an experiment as a whole. */
    private static Object commandState(Object row) {
        if (row instanceof RunRow run) {
            return java.util.Arrays.asList(run.runId(), run.status(), run.trainingHere(), run.summary().record() != null);
        }
        return row;
    }

    /** The names column was last fitted to these names; packing measures every row, so only new names do it. */
    private List<String> fittedNames = List.of();

    /** Names and run ids are the column users read first: it fits them (within reason), the rest may be cut. */
    private void fitNames() {
        List<String> shown = new ArrayList<>(); // what the tree shows: runs of expanded experiments only
        rows.forEach(row -> {
            shown.add(row.name());
            if (viewer.getExpandedState(row)) {
                row.runs().forEach(run -> shown.add(run.runId()));
            }
        });
        if (shown.equals(fittedNames)) {
            return;
        }
        fittedNames = shown;
        org.eclipse.swt.widgets.TreeColumn names = viewer.getTree().getColumn(0);
        int before = names.getWidth();
        names.pack();
        int fitted = Math.max(170, Math.min(names.getWidth() + 8, 320));
        names.setWidth(Math.max(before, fitted));
    }

    private void showFailure(Path workspace, String message) {
        if (!viewer.getControl().isDisposed()) {
            setContentDescription("Cannot read " + workspace + ": " + message);
        }
    }

    private void addColumn(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(labels);
    }

    private static ColumnLabelProvider text(Function<Object, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        };
    }

    private static Image experimentImage(ExperimentRow row) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        CatalogEntry entry = row.entry();
        if (entry == null) {
            return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (!entry.isReadable() || entry.hasErrors()) {
            return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (!entry.isClean()) {
            return images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        }
        return Images.image(Images.EXPERIMENT);
    }

    private static Image runImage(RunRow run) {
        if (run.status() == null) {
            return Images.image(Images.RUN_FAILED);
        }
        return Images.image(switch (run.status()) {
            case CREATED -> Images.RUN_CREATED;
            case RUNNING -> Images.RUN_RUNNING;
            case FINISHED -> Images.RUN_FINISHED;
            case FAILED -> Images.RUN_FAILED;
            case INTERRUPTED -> Images.RUN_INTERRUPTED;
            case CANCELLED -> Images.RUN_CANCELLED;
        });
    }

    /** One scan at a time: a new refresh waits for the running one. */
    private static final ISchedulingRule SCAN_RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final class ScanJob extends Job {
        private final Path workspace;
        private final boolean experimentsToo;

        ScanJob(Path workspace, boolean experimentsToo) {
            super(experimentsToo ? "Reading experiments and runs in " + workspace : "Following the training runs");
            this.workspace = workspace;
            this.experimentsToo = experimentsToo;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (disposed) {
                return Status.CANCEL_STATUS;
            }
            try {
                long fingerprint = experimentsToo ? WorkspaceFingerprint.of(workspace) : UNKNOWN;
                List<ExperimentRow> scanned = scanner.scan(workspace, monitor::isCanceled, experimentsToo);
                if (experimentsToo && !monitor.isCanceled()) {
                    shownFingerprint = fingerprint;
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                asyncShow(() -> show(workspace, scanned));
                boolean training = scanned.stream().flatMap(row -> row.runs().stream())
                        .anyMatch(run -> run.status() == RunStatus.RUNNING || run.trainingHere());
                if (training && !disposed) {
                    followLater();
                }
            } catch (java.io.IOException e) {
                asyncShow(() -> showFailure(workspace, e.getMessage()));
            }
            return Status.OK_STATUS;
        }

        private void asyncShow(Runnable update) {
            if (!disposed && !viewer.getControl().isDisposed()) {
                try {
                    viewer.getControl().getDisplay().asyncExec(update);
                } catch (org.eclipse.swt.SWTException e) {
                    // the view was closed while scanning: nobody is left to show the result to
                }
            }
        }
    }

    private volatile long followScheduledFor;

    /** At most one pending follow-up scan while something trains. */
    private void followLater() {
        long now = System.currentTimeMillis();
        if (followScheduledFor > now) {
            return;
        }
        followScheduledFor = now + FOLLOW_INTERVAL_MS;
        Job job = new ScanJob(Workspace.folder(), false);
        job.setRule(SCAN_RULE);
        job.setSystem(true);
        job.schedule(FOLLOW_INTERVAL_MS);
    }

    /** Experiments at the top, their runs beneath. */
    private static final class RowsContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Shown shown ? shown.rows.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ExperimentRow row ? row.runs().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ExperimentRow row && !row.runs().isEmpty();
        }
    }

    /** Rows are new objects after every scan; expansion and selection follow the same file or run. */
    private static final class RowIdentity implements org.eclipse.jface.viewers.IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            return key(a).equals(key(b));
        }

        @Override
        public int hashCode(Object element) {
            return key(element).hashCode();
        }

        private static String key(Object element) {
            if (element instanceof ExperimentRow row) {
                return "experiment:" + (row.file() == null ? row.name() : row.file().toString());
            }
            if (element instanceof RunRow run) {
                return "run:" + run.runId();
            }
            return String.valueOf(element);
        }
    }

    static String time(java.util.Date date) {
        return date == null ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss", Locale.ROOT).format(date);
    }
}
