package maxwell.ui.views;

import java.util.List;

import maxwell.figures.Figure;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.TrainingCurves;
import maxwell.figures.data.RunFigureData;

/** The training curves (losses, adversary, λ) of the selected run, growing with every logged step while it trains. */
public final class TrainingDashboardView extends FigureView {

    public static final String ID = "maxwell.ui.views.dashboard";

    @Override
    protected String figureTitle() {
        return "training curves";
    }

    /** The curves are the metrics alone: they need no demon table, so they never wait for its analysis. */
    @Override
    protected boolean readsAnalysis() {
        return false;
    }

    @Override
    protected Figure buildFigure(RunFigureData data) {
        return new TrainingCurves(List.of(RunGroup.of(data)));
    }
}
