package maxwell.ui.experiments;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import maxwell.model.catalog.CatalogEntry;
import maxwell.model.catalog.ExperimentCatalog;

/**
 * The experiments in the workspace, whether they load, and what validation says of them.
 * Scanning reads every file, so it runs in a job and never on the UI thread.
 */
public final class ExperimentsView extends ViewPart {

    public static final String ID = "maxwell.ui.views.experiments";

    private TableViewer viewer;
    private Job scan;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        addColumn("Experiment", 170, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CatalogEntry) element).displayName();
            }

            @Override
            public Image getImage(Object element) {
                return statusImage((CatalogEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                CatalogEntry entry = (CatalogEntry) element;
                return entry.relativeFile() + "\n" + entry.status();
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        addColumn("Status", 300, text(CatalogEntry::status));
        addColumn("Summary", 300, text(CatalogEntry::summary));
        addColumn("File", 260, text(entry -> entry.relativeFile().toString()));
        getSite().setSelectionProvider(viewer);

        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Scan the workspace for experiments again");
        refresh.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(refresh);

        refresh();
    }

    /** Rescans the workspace in the background; the table updates when the scan is done. */
    public Job refresh() {
        Path workspace = workspaceFolder();
        setContentDescription("Scanning " + workspace + " ...");
        Job job = new ScanJob(workspace);
        job.setRule(SCAN_RULE);
        job.schedule();
        scan = job;
        return job;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The rows currently shown. */
    public List<CatalogEntry> entries() {
        Object input = viewer.getInput();
        if (input instanceof CatalogEntry[] rows) {
            return List.of(rows);
        }
        return List.of();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (scan != null) {
            scan.cancel();
        }
        super.dispose();
    }

    private void show(Path workspace, List<CatalogEntry> entries) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(entries.toArray(new CatalogEntry[0]));
        TableColumn names = viewer.getTable().getColumn(0);
        names.pack();
        names.setWidth(Math.max(names.getWidth() + 8, 170));
        long broken = entries.stream().filter(e -> !e.isClean()).count();
        String count = entries.size() == 1 ? "1 experiment" : entries.size() + " experiments";
        setContentDescription(entries.isEmpty()
                ? "No experiments (*.maxwell) in " + workspace + " yet."
                : count + " in " + workspace + (broken > 0 ? ", " + broken + " with problems" : ""));
    }

    private void showFailure(Path workspace, String message) {
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(new CatalogEntry[0]);
            setContentDescription("Cannot scan " + workspace + ": " + message);
        }
    }

    private void addColumn(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(labels);
    }

    private static ColumnLabelProvider text(java.util.function.Function<CatalogEntry, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CatalogEntry) element);
            }
        };
    }

    private static Image statusImage(CatalogEntry entry) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (!entry.isReadable() || entry.hasErrors()) {
            return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (!entry.isClean()) {
            return images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
        }
        return images.getImage(ISharedImages.IMG_OBJ_FILE);
    }

    private static Path workspaceFolder() {
        return Paths.get(Platform.getInstanceLocation().getURL().getPath());
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

        ScanJob(Path workspace) {
            super("Scanning experiments in " + workspace);
            this.workspace = workspace;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                List<CatalogEntry> entries = ExperimentCatalog.scan(workspace, monitor::isCanceled);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                viewer.getControl().getDisplay().asyncExec(() -> show(workspace, entries));
            } catch (java.io.IOException e) {
                viewer.getControl().getDisplay().asyncExec(() -> showFailure(workspace, e.getMessage()));
            } catch (org.eclipse.swt.SWTException e) {
                // The view was closed while scanning: nobody is left to show the result to.
            }
            return Status.OK_STATUS;
        }
    }
}
