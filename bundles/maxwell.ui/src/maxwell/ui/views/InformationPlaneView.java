package maxwell.ui.views;

import java.util.List;

import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.plane.InformationPlane;

/** The information plane of the selected run: its path over the evaluation points. */
public final class InformationPlaneView extends FigureView {

    public static final String ID = "maxwell.ui.views.informationPlane";

    @Override
    protected String figureTitle() {
        return "information plane";
    }

    @Override
    protected Figure buildFigure(RunFigureData data) {
        return new InformationPlane(List.of(data));
    }
}
