package maxwell.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import maxwell.core.run.BackgroundPriority;
import maxwell.figures.Figure;
import maxwell.figures.map.PartitionMap;
import maxwell.ui.views.FigureCanvas;
import maxwell.ui.views.FigureExport;

/**
 * One figure tab of the comparison: its own controls (the metric of the curves, the colouring of the
 * maps) above a canvas. It draws in a job, from the comparison's figure data and the choices shared by
 * all tabs (baseline, epoch); a new request while one is drawing is drawn right after it.
 */
final class ComparisonFigurePanel {

    /** What a tab asks of the editor when it draws: the runs' figures (null while they are read) and the shared choices. */
    interface Source {
        ComparisonFigures figures();

        String baseline();

        double epoch();
    }

    private final ComparisonFigures.Kind kind;
    private final Source source;
    private final Composite control;
    private final FigureCanvas canvas;
    private Combo metric;
    private volatile String chosenMetric = "reconstruction_loss";
    private volatile PartitionMap.ColourBy colourBy = PartitionMap.ColourBy.DOMAIN;
    private volatile ComparisonFigures.Choice pending;
    private volatile int figuresShown;
    private final Job drawJob;

    ComparisonFigurePanel(Composite parent, ComparisonFigures.Kind kind, Source source) {
        this.kind = kind;
        this.source = source;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        control.setLayout(layout);
        if (kind == ComparisonFigures.Kind.CURVES) {
            metricChooser();
        } else if (kind == ComparisonFigures.Kind.MAPS) {
            colourChooser();
        }
        canvas = new FigureCanvas(control);
        canvas.showMessage("Reading the runs' figure data…");
        drawJob = new Job("Drawing the comparison's " + kind.title().toLowerCase(java.util.Locale.ROOT)) {
            {
                setSystem(true);
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                BackgroundPriority.lowerCurrentThread();
                draw(monitor);
                return Status.OK_STATUS;
            }
        };
    }

    private void metricChooser() {
        Composite bar = bar(2);
        new Label(bar, SWT.NONE).setText("&Metric:");
        metric = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        metric.setLayoutData(new GridData(260, SWT.DEFAULT));
        metric.setToolTipText("The metric drawn for every run; runs that differ only by seed are one curve with a band");
        metric.addListener(SWT.Selection, event -> {
            chosenMetric = metric.getText();
            redraw();
        });
    }

    private void colourChooser() {
        Composite bar = bar(3);
        new Label(bar, SWT.NONE).setText("Colour by:");
        Button byDomain = new Button(bar, SWT.RADIO);
        byDomain.setText("&domain");
        byDomain.setSelection(true);
        Button byContent = new Button(bar, SWT.RADIO);
        byContent.setText("c&ontent");
        byDomain.addListener(SWT.Selection, event -> {
            colourBy = byDomain.getSelection() ? PartitionMap.ColourBy.DOMAIN : PartitionMap.ColourBy.CONTENT;
            redraw();
        });
    }

    private Composite bar(int columns) {
        Composite bar = new Composite(control, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        return bar;
    }

    Composite control() {
        return control;
    }

    FigureCanvas canvas() {
        return canvas;
    }

    ComparisonFigures.Kind kind() {
        return kind;
    }

    int figuresShown() {
        return figuresShown;
    }

    Job drawJob() {
        return drawJob;
    }

    /** UI thread: the metrics the runs logged are known; the combo offers them. */
    void metricsKnown(List<String> metrics) {
        if (metric == null || metric.isDisposed()) {
            return;
        }
        metric.setItems(metrics.toArray(String[]::new));
        int chosen = metrics.indexOf(chosenMetric);
        metric.select(Math.max(0, chosen));
        chosenMetric = metric.getText();
    }

    /** Chooses the metric to overlay (what the combo does). UI thread. */
    void showMetric(String name) {
        if (metric != null && metric.indexOf(name) >= 0) {
            metric.select(metric.indexOf(name));
        }
        chosenMetric = name;
        redraw();
    }

    /** Draws again with the current choices; call on the UI thread. */
    void redraw() {
        pending = new ComparisonFigures.Choice(chosenMetric, source.baseline(), source.epoch(), colourBy);
        drawJob.schedule(); // a running job runs once more after it finishes: the newest choice wins
    }

    private void draw(IProgressMonitor monitor) {
        ComparisonFigures figures = source.figures();
        ComparisonFigures.Choice choice = pending;
        if (figures == null || choice == null || monitor.isCanceled()) {
            return;
        }
        Display display = control.getDisplay();
        try {
            Figure figure = figures.build(kind, choice);
            FigureCanvas.Drawing drawing = FigureCanvas.draw(display, figure, canvas.size());
            display.asyncExec(() -> {
                if (canvas.control().isDisposed()) {
                    drawing.dispose();
                    return;
                }
                canvas.showFigure(figure, drawing);
                figuresShown++;
            });
        } catch (IOException | RuntimeException e) {
            showMessage("The " + kind.title().toLowerCase(java.util.Locale.ROOT) + " cannot be drawn: " + e.getMessage());
        }
    }

    /** Any thread. */
    void showMessage(String text) {
        Display display = control.getDisplay();
        display.asyncExec(() -> {
            if (!canvas.control().isDisposed()) {
                canvas.showMessage(text);
                figuresShown++;
            }
        });
    }

    /** Writes the shown figure (see {@link FigureExport#write}); null when no figure is shown. */
    Job export(Path file) {
        Figure figure = canvas.figure();
        return figure == null ? null : FigureExport.write(figure, file, kind.title().toLowerCase(java.util.Locale.ROOT));
    }

    /** One panel per kind of figure, in tab order. */
    static Map<ComparisonFigures.Kind, ComparisonFigurePanel> all(Composite parent, Source source) {
        Map<ComparisonFigures.Kind, ComparisonFigurePanel> panels = new EnumMap<>(ComparisonFigures.Kind.class);
        for (ComparisonFigures.Kind kind : ComparisonFigures.Kind.values()) {
            panels.put(kind, new ComparisonFigurePanel(parent, kind, source));
        }
        return panels;
    }
}
