package maxwell.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import maxwell.core.analysis.SnapshotAdapter;
import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonDiagram;

/**
 * The demon diagram of the selected run at one evaluation point, with a scrubber over the points and
 * a Play button that steps through them. With the scrubber at its right end the view follows the
 * newest point, so a training run's diagram moves on by itself.
 */
public final class DemonView extends FigureView {

    public static final String ID = "maxwell.ui.views.demon";

    /** Time per frame when playing: long enough to read the arrows, short enough to see the flow. */
    static final int PLAY_STEP_MILLIS = 700;

    private Button play;
    private Scale scrubber;
    private Label position;
    /** The evaluation point shown; -1 follows the newest. Read by the drawing job. */
    private volatile int frame = -1;
    private boolean playing;
    private final Runnable playStep = this::playStep;

    @Override
    protected String figureTitle() {
        return "demon diagram";
    }

    @Override
    protected void createControls(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        bar.setLayout(layout);
        play = new Button(bar, SWT.PUSH);
        play.setText("▶ &Play");
        play.setToolTipText("Step through the evaluation points");
        play.setEnabled(false);
        play.addListener(SWT.Selection, event -> setPlaying(!playing));
        scrubber = new Scale(bar, SWT.HORIZONTAL);
        scrubber.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scrubber.setMinimum(0);
        scrubber.setMaximum(1);
        scrubber.setIncrement(1);
        scrubber.setPageIncrement(1);
        scrubber.setEnabled(false);
        scrubber.setToolTipText("Evaluation point; at the right end the view follows the newest");
        scrubber.addListener(SWT.Selection, event -> {
            setPlaying(false);
            showFrame(scrubber.getSelection());
        });
        position = new Label(bar, SWT.NONE);
        GridData positionData = new GridData(SWT.END, SWT.CENTER, false, false);
        // Wide enough for long runs, so the scrubber does not jump as the text grows.
        org.eclipse.swt.graphics.GC measure = new org.eclipse.swt.graphics.GC(position);
        try {
            positionData.widthHint = measure.textExtent("epoch 000.00 · 000 of 000 (newest)").x + 4;
        } finally {
            measure.dispose();
        }
        position.setLayoutData(positionData);
    }

    public Scale scrubber() {
        return scrubber;
    }

    /** The evaluation point shown (0-based), or -1 while following the newest. */
    public int frame() {
        return frame;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** Shows evaluation point {@code index} (what moving the scrubber does); the last point follows the newest. */
    public void showFrame(int index) {
        RunFigureData current = data();
        int points = current == null ? 0 : current.points();
        frame = points == 0 || index >= points - 1 ? -1 : Math.max(0, index);
        if (!scrubber.isDisposed() && scrubber.getSelection() != index) {
            scrubber.setSelection(index);
        }
        updatePosition(current);
        rebuildFigure();
    }

    public void setPlaying(boolean on) {
        if (play.isDisposed()) {
            return;
        }
        playing = on;
        play.setText(on ? "❚❚ &Pause" : "▶ &Play");
        play.getParent().layout();
        if (on) {
            RunFigureData current = data();
            if (current != null && (frame < 0 || frame >= current.points() - 1)) {
                showFrame(0); // from the end, play starts over
            }
            play.getDisplay().timerExec(PLAY_STEP_MILLIS, playStep);
        } else {
            play.getDisplay().timerExec(-1, playStep);
        }
    }

    private void playStep() {
        RunFigureData current = data();
        if (!playing || current == null || play.isDisposed()) {
            return;
        }
        int next = (frame < 0 ? current.points() - 1 : frame) + 1;
        if (next >= current.points()) {
            setPlaying(false);
            return;
        }
        showFrame(next);
        if (next >= current.points() - 1) {
            setPlaying(false);
        } else {
            play.getDisplay().timerExec(PLAY_STEP_MILLIS, playStep);
        }
    }

    @Override
    protected void dataShown(RunFigureData data) {
        int points = data.points();
        // A Scale needs maximum > minimum; one point leaves it at 0..1, disabled.
        scrubber.setMaximum(Math.max(1, points - 1));
        scrubber.setEnabled(points > 1);
        play.setEnabled(points > 1);
        scrubber.setSelection(frame < 0 ? points - 1 : Math.min(frame, points - 1));
        updatePosition(data);
    }

    @Override
    protected void dataCleared() {
        setPlaying(false);
        frame = -1; // another run, or one without points: start again at its newest point
        scrubber.setMaximum(1);
        scrubber.setSelection(0);
        scrubber.setEnabled(false);
        play.setEnabled(false);
        updatePosition(null);
    }

    private void updatePosition(RunFigureData data) {
        if (data == null || data.points() == 0) {
            position.setText("");
            return;
        }
        int shown = frame < 0 ? data.points() - 1 : Math.min(frame, data.points() - 1);
        position.setText("epoch " + SnapshotAdapter.epochText(data.epochOf(shown)) + " · " + (shown + 1) + " of "
                + data.points() + (frame < 0 ? " (newest)" : ""));
    }

    @Override
    protected Figure buildFigure(RunFigureData data) {
        int shown = frame;
        return new DemonDiagram(data, shown < 0 ? -1 : Math.min(shown, data.points() - 1));
    }

    @Override
    public void dispose() {
        if (play != null && !play.isDisposed()) {
            play.getDisplay().timerExec(-1, playStep);
        }
        super.dispose();
    }
}
