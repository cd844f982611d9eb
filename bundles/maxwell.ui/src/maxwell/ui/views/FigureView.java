package maxwell.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import maxwell.core.provider.RunDataProvider;
import maxwell.core.run.BackgroundPriority;
import maxwell.core.provider.RunListener;
import maxwell.core.store.RunFolder;
import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.ui.experiments.ExperimentsView;
import maxwell.ui.experiments.NavigatorRows.RunRow;

/**
 * A view that shows one figure of the run selected anywhere in the workbench (the Experiments
 * navigator), kept up to date while the run trains.
 * <p>
 * Threads: the UI thread only swaps finished drawings into the canvas. A polling job asks the run's
 * data provider what changed (a few file times); when something did, a coalescing job reads the
 * run's figure data (the demon table comes from its cache in the run folder, or is computed there),
 * builds the figure and draws it at the canvas's size, then hands both to the canvas with asyncExec.
 * Jobs of all figure views of one run share a scheduling rule, so the first computes the demon
 * table and the others read it.
 * A view hidden behind another tab reads nothing until it is shown again.
 */
public abstract class FigureView extends ViewPart {

    /** How often a followed run's folder is looked at; a training run writes metrics every few steps. */
    static final long POLL_MILLIS = 1500;

    /** What the canvas says for a run that has nothing to analyse yet. */
    public static final String NO_POINT_YET = "no evaluation point yet";
    public static final String NO_STEP_YET = "no training step logged yet";

    private FigureCanvas canvas;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final RunListener runListener = changed -> dataChanged();
    /** One per followed run, as a job's scheduling rule is fixed while it may still be scheduled. */
    private volatile BuildJob buildJob;
    private final PollJob pollJob = new PollJob();
    private final Action exportAction = new ExportAction();

    private volatile RunDataProvider provider;
    /** Set when the run's files changed since the figure data were read. */
    private volatile boolean dataStale;
    private volatile RunFigureData data;
    private volatile boolean disposed;
    /** Hidden views (a tab behind another) only note that their run changed and catch up when shown. */
    private volatile boolean visible = true;
    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == FigureView.this) {
                visible = true;
                if (dataStale) {
                    rebuildFigure();
                }
            }
        }

        @Override
        public void partHidden(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == FigureView.this) {
                visible = false;
            }
        }
    };
    /** Counts figures handed to the canvas; tests wait for it to move. */
    private volatile int figuresShown;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        createControls(root);
        canvas = new FigureCanvas(root);
        canvas.showMessage("Select a run in the Experiments view to see its " + figureTitle() + ".");

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        contributeActions(toolBar);
        toolBar.add(exportAction);
        exportAction.setEnabled(false);

        // Both: post-selection is debounced for arrow keys in the navigator, plain selection also
        // carries programmatic selections; following the same run twice is a no-op.
        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addSelectionListener(selectionListener);
        getSite().getPage().addPartListener(visibility);
        visible = getSite().getPage().isPartVisible(this);
        // Follow what is already selected in the navigator, so a view opened after the click shows that run.
        if (getSite().getPage().findView(ExperimentsView.ID) instanceof ExperimentsView navigator) {
            selectionChanged(navigator, navigator.getViewer().getSelection());
        }
    }

    /** What the view shows, in lower case, for messages: "training curves". */
    protected abstract String figureTitle();

    /** Controls above the canvas (scrubber, toggles); none by default. */
    protected void createControls(Composite parent) {
    }

    /** Toolbar actions before the export action; none by default. */
    protected void contributeActions(IToolBarManager toolBar) {
    }

    /** Builds the figure from the run's data. Runs in a job, never on the UI thread. */
    protected abstract Figure buildFigure(RunFigureData data) throws IOException;

    /** Called on the UI thread after new figure data were read, before their figure is shown. */
    protected void dataShown(RunFigureData data) {
    }

    /** Called on the UI thread when the view shows a message instead of a figure (new run, no data). */
    protected void dataCleared() {
    }

    /** Builds the figure again from the data already read, e.g. after a toggle; reads nothing new. */
    protected final void rebuildFigure() {
        BuildJob job = buildJob;
        if (job != null) {
            job.schedule();
        }
    }

    public FigureCanvas canvas() {
        return canvas;
    }

    /** The run the view follows, or null. */
    public RunFolder run() {
        RunDataProvider followed = provider;
        return followed == null ? null : followed.run();
    }

    /** The figure data last read; null before a run's first evaluation point. */
    public RunFigureData data() {
        return data;
    }

    public int figuresShown() {
        return figuresShown;
    }

    /** Follows this run from now on (what selecting it in the navigator does). */
    public void showRun(RunFolder run) {
        RunDataProvider old = provider;
        if (old != null && old.run().folder().equals(run.folder())) {
            return;
        }
        if (old != null) {
            old.removeListener(runListener);
        }
        RunDataProvider followed = new RunDataProvider(run);
        followed.addListener(runListener);
        provider = followed;
        data = null;
        dataStale = true;
        exportAction.setEnabled(false);
        dataCleared();
        canvas.showMessage("Reading run " + run.runId() + "…");
        setContentDescription("Run " + run.runId());
        BuildJob oldJob = buildJob;
        if (oldJob != null) {
            oldJob.cancel();
        }
        // The poll's first look reads the run and tells the listener, which starts the drawing (at once
        // when the view is visible, else when it is shown): one read of the run, not two.
        buildJob = new BuildJob(followed);
        pollJob.schedule();
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return; // several runs are the comparison's business; an experiment leaves the shown run
        }
        RunFolder run = runOf(structured.getFirstElement());
        if (run != null) {
            showRun(run);
        }
    }

    static RunFolder runOf(Object element) {
        if (element instanceof RunRow row) {
            return row.run();
        }
        if (element instanceof RunFolder run) {
            return run;
        }
        if (element instanceof IAdaptable adaptable) {
            return adaptable.getAdapter(RunFolder.class);
        }
        return null;
    }

    /**
     * Whether the figure reads the run's demon table (and so waits for its analysis and needs a
     * snapshot); a figure of the metrics alone says no and is drawn from the first logged step.
     */
    protected boolean readsAnalysis() {
        return true;
    }

    private void dataChanged() {
        dataStale = true;
        if (visible) {
            rebuildFigure();
        }
    }

    /** Reads the run's data again when it changed, builds the figure and hands it to the UI thread. */
    private final class BuildJob extends Job {

        private final RunDataProvider followed;

        BuildJob(RunDataProvider followed) {
            super("Drawing the " + figureTitle() + " of run " + followed.runId());
            this.followed = followed;
            setSystem(true);
            // the rule keeps two analyses of one run apart; a figure of the metrics alone need not wait for one
            setRule(readsAnalysis() ? new RunRule(followed.run().folder()) : null);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FigureView.class;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            BackgroundPriority.lowerCurrentThread(); // the demon table and the drawing must not slow the UI
            if (followed != provider || disposed) {
                return Status.OK_STATUS;
            }
            try {
                RunFigureData current = data;
                if (dataStale || current == null) {
                    dataStale = false;
                    if (!readsAnalysis()) {
                        current = RunFigureData.metricsOnly(followed.run());
                        if (current.metricNames().isEmpty()) {
                            showOnUi(followed, null, null, null, "Run " + followed.runId() + ": " + NO_STEP_YET
                                    + ".\nThe curves appear once the run has logged its first steps.");
                            return Status.OK_STATUS;
                        }
                    } else {
                        // the folder itself, not the provider: refreshing it here would tell the listener and draw twice
                        if (followed.run().snapshots().isEmpty()) {
                            showOnUi(followed, null, null, null,
                                    "Run " + followed.runId() + ": " + NO_POINT_YET + ".\nThe figure appears once the run"
                                            + " has written its first latent snapshot.");
                            return Status.OK_STATUS;
                        }
                        current = RunFigureData.load(followed.run(), (done, total) -> {
                            if (monitor.isCanceled()) {
                                throw new OperationCanceledException();
                            }
                        });
                    }
                }
                if (monitor.isCanceled()) {
                    dataStale = true;
                    return Status.CANCEL_STATUS;
                }
                Figure figure = buildFigure(current);
                if (monitor.isCanceled()) {
                    dataStale = true;
                    return Status.CANCEL_STATUS;
                }
                // drawn here, off the UI thread, at the size the canvas has now
                FigureCanvas.Drawing drawing = FigureCanvas.draw(PlatformUI.getWorkbench().getDisplay(), figure,
                        canvas.size());
                showOnUi(followed, current, figure, drawing, null);
            } catch (OperationCanceledException e) {
                dataStale = true;
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                showOnUi(followed, null, null, null, "The " + figureTitle() + " of run " + followed.runId()
                        + " cannot be shown:\n" + e.getMessage());
            }
            return Status.OK_STATUS;
        }
    }

    private void showOnUi(RunDataProvider from, RunFigureData newData, Figure figure,
            FigureCanvas.Drawing drawing, String message) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (disposed || canvas.control().isDisposed() || provider != from) {
                if (drawing != null) {
                    drawing.dispose();
                }
                return; // the user moved on to another run meanwhile
            }
            if (figure == null) {
                data = null;
                exportAction.setEnabled(false);
                dataCleared();
                canvas.showMessage(message);
            } else {
                data = newData;
                dataShown(newData);
                exportAction.setEnabled(true);
                canvas.showFigure(figure, drawing);
            }
            figuresShown++;
        });
    }

    /** Jobs of one run's figure views run one after another: the first computes the demon table, the rest read it. */
    private record RunRule(Path folder) implements ISchedulingRule {

        @Override
        public boolean contains(ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return equals(rule);
        }
    }

    /** Looks at the followed run's folder now and then; the provider tells the view when something changed. */
    private final class PollJob extends Job {

        PollJob() {
            super("Following the run");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            RunDataProvider followed = provider;
            if (followed == null || disposed) {
                return Status.OK_STATUS;
            }
            try {
                followed.refresh();
            } catch (IOException e) {
                // A run folder being deleted or half-written: the next look will tell. A run never read
                // says why instead of "Reading run" for ever.
                if (data == null) {
                    showOnUi(followed, null, null, null, "Run " + followed.runId() + " cannot be read:\n" + e.getMessage());
                }
            }
            if (!disposed) {
                schedule(POLL_MILLIS);
            }
            return Status.OK_STATUS;
        }
    }

    /** Writes the figure as PNG or SVG (by the chosen file's extension). */
    private final class ExportAction extends Action {

        ExportAction() {
            super("Export Figure…");
            setToolTipText("Export the figure as PNG or SVG");
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                    .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        }

        @Override
        public void run() {
            Figure figure = canvas.figure();
            if (figure == null) {
                return;
            }
            RunFolder shown = FigureView.this.run();
            Path file = FigureExport.askFile(getSite().getShell(), "Export " + figureTitle(),
                    figure.name() + (shown == null ? "" : "-" + shown.runId()));
            if (file != null) {
                export(file);
            }
        }
    }

    /**
     * Writes the shown figure to {@code file} (see {@link FigureExport#write}).
     *
     * @return the job, already scheduled; null when there is no figure to export
     */
    public Job export(Path file) {
        Figure figure = canvas.figure();
        return figure == null ? null : FigureExport.write(figure, file, figureTitle());
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        disposed = true;
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removeSelectionListener(selectionListener);
        getSite().getPage().removePartListener(visibility);
        RunDataProvider followed = provider;
        if (followed != null) {
            followed.removeListener(runListener);
        }
        BuildJob job = buildJob;
        if (job != null) {
            job.cancel();
        }
        pollJob.cancel();
        super.dispose();
    }
}
