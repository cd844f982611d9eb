package maxwell.ui.views;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import maxwell.core.analysis.LatentTraversal;
import maxwell.core.analysis.SwapDecoding;
import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.map.PartitionMap;
import maxwell.figures.map.PartitionMap.ColourBy;
import maxwell.figures.swap.SwapGridFigure;
import maxwell.figures.traverse.TraversalFigure;

/**
 * The latent partitions of the selected run's newest evaluation point, three ways: the maps of the
 * probe codes (coloured by domain or by content class), the swap grid (content of one image decoded
 * with the style of another), and traversals (one probe image decoded while a single dimension
 * sweeps). The last two decode with the run's newest checkpoint taken at an evaluation point.
 */
public final class PartitionMapView extends FigureView {

    public static final String ID = "maxwell.ui.views.partitions";

    /** Images per side of the swap grid. */
    static final int SWAP_SIZE = 5;
    /** Values per traversal row. */
    static final int TRAVERSAL_STEPS = 9;

    /** What the view draws. */
    public enum Showing {
        MAPS, SWAP_GRID, TRAVERSALS
    }

    private volatile ColourBy colourBy = ColourBy.DOMAIN;
    private volatile Showing showing = Showing.MAPS;
    private volatile int traversedProbe;
    /** Probe images of the shown run, for the spinner's range; set by the drawing job. */
    private volatile int probeImages = 1;
    private Button byDomain;
    private Button byContent;
    private Button[] showButtons;
    private Spinner probe;

    @Override
    protected String figureTitle() {
        return "latent partitions";
    }

    @Override
    protected void createControls(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // a row that wraps: the view often sits in a narrow column
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 2;
        layout.marginBottom = 2;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText("Show:");
        showButtons = new Button[Showing.values().length];
        String[] texts = { "&maps", "&swap grid", "&traversals" };
        String[] tips = { "Probe codes of each partition, PCA fitted on the newest point",
                "decode(z_content of the row's image, z_style of the column's image)",
                "One probe image decoded while a single latent dimension sweeps its range" };
        for (Showing mode : Showing.values()) {
            Button button = new Button(bar, SWT.RADIO);
            button.setText(texts[mode.ordinal()]);
            button.setToolTipText(tips[mode.ordinal()]);
            button.setSelection(mode == showing);
            button.addListener(SWT.Selection, event -> {
                if (button.getSelection()) {
                    show(mode);
                }
            });
            showButtons[mode.ordinal()] = button;
        }
        new Label(bar, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new RowData(SWT.DEFAULT, 20));
        byDomain = new Button(bar, SWT.RADIO);
        byDomain.setText("by &domain");
        byDomain.setToolTipText("Colour each probe item by its domain: a clean content chamber mixes the colours");
        byDomain.setSelection(true);
        byContent = new Button(bar, SWT.RADIO);
        byContent.setText("by c&ontent");
        byContent.setToolTipText("Colour each probe item by its content class: a clean style chamber mixes the colours");
        byDomain.addListener(SWT.Selection, event -> colourBy(byDomain.getSelection() ? ColourBy.DOMAIN : ColourBy.CONTENT));
        new Label(bar, SWT.NONE).setText("probe &image:");
        probe = new Spinner(bar, SWT.BORDER);
        probe.setMinimum(0);
        probe.setMaximum(9999);
        probe.setToolTipText("Which probe image the traversals start from");
        probe.addListener(SWT.Selection, event -> {
            traversedProbe = probe.getSelection();
            rebuildFigure();
        });
        enableControls();
    }

    private void enableControls() {
        byDomain.setEnabled(showing == Showing.MAPS);
        byContent.setEnabled(showing == Showing.MAPS);
        probe.setEnabled(showing == Showing.TRAVERSALS);
    }

    public Showing showing() {
        return showing;
    }

    /** Switches what the view draws (what the Show buttons do). UI thread. */
    public void show(Showing mode) {
        for (Showing m : Showing.values()) {
            showButtons[m.ordinal()].setSelection(m == mode);
        }
        if (mode == showing) {
            return;
        }
        showing = mode;
        enableControls();
        rebuildFigure();
    }

    /** Starts the traversals from probe image {@code index}. UI thread. */
    public void traverseProbe(int index) {
        probe.setSelection(index);
        traversedProbe = index;
        rebuildFigure();
    }

    public ColourBy colourBy() {
        return colourBy;
    }

    /** Colours the map by {@code by} (what the radio buttons do). */
    public void colourBy(ColourBy by) {
        if (by == colourBy) {
            return;
        }
        colourBy = by;
        byDomain.setSelection(by == ColourBy.DOMAIN);
        byContent.setSelection(by == ColourBy.CONTENT);
        rebuildFigure();
    }

    @Override
    protected void dataShown(RunFigureData data) {
        probe.setMaximum(Math.max(0, probeImages - 1));
    }

    @Override
    protected Figure buildFigure(RunFigureData data) throws IOException {
        probeImages = data.snapshot(data.points() - 1).samples(); // read here, in the job, not on the UI thread
        return switch (showing) {
            case MAPS -> new PartitionMap(data, -1, colourBy);
            case SWAP_GRID -> new SwapGridFigure(SwapDecoding.decode(data.run(), SWAP_SIZE));
            case TRAVERSALS -> new TraversalFigure(LatentTraversal.traverse(data.run(),
                    Math.min(traversedProbe, probeImages - 1), TRAVERSAL_STEPS), data.contentPartition());
        };
    }
}
