package maxwell.ui.views;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.map.PartitionMap;
import maxwell.figures.map.PartitionMap.ColourBy;

/** The latent partitions of the selected run's newest snapshot, coloured by domain or by content class. */
public final class PartitionMapView extends FigureView {

    public static final String ID = "maxwell.ui.views.partitions";

    private volatile ColourBy colourBy = ColourBy.DOMAIN;
    private Button byDomain;
    private Button byContent;

    @Override
    protected String figureTitle() {
        return "partition map";
    }

    @Override
    protected void createControls(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText("Colour by:");
        byDomain = new Button(bar, SWT.RADIO);
        byDomain.setText("&domain");
        byDomain.setToolTipText("Colour each probe item by its domain: a clean content chamber mixes the colours");
        byDomain.setSelection(true);
        byContent = new Button(bar, SWT.RADIO);
        byContent.setText("c&ontent");
        byContent.setToolTipText("Colour each probe item by its content class: a clean style chamber mixes the colours");
        byDomain.addListener(SWT.Selection, event -> colourBy(byDomain.getSelection() ? ColourBy.DOMAIN : ColourBy.CONTENT));
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
    protected Figure buildFigure(RunFigureData data) throws IOException {
        return new PartitionMap(data, -1, colourBy);
    }
}
