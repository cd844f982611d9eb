package maxwell.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The analyst's layout: experiments and runs on the left, editors in the middle, the live
 * partition and demon views on the right, training curves and comparisons below. Views that
 * later bundles contribute drop into the named placeholders.
 */
public final class MaxwellPerspective implements IPerspectiveFactory {

    public static final String ID = "maxwell.ui.perspective";
    public static final String EXPERIMENTS_VIEW = "maxwell.ui.views.experiments";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("maxwell.left", IPageLayout.LEFT, 0.3f, editors);
        left.addView(EXPERIMENTS_VIEW);
        left.addPlaceholder("maxwell.ui.views.runs");

        IFolderLayout right = layout.createFolder("maxwell.right", IPageLayout.RIGHT, 0.58f, editors);
        right.addPlaceholder("maxwell.ui.views.demon");
        right.addPlaceholder("maxwell.ui.views.partitions");
        right.addPlaceholder("maxwell.ui.views.informationPlane");

        IFolderLayout bottom = layout.createFolder("maxwell.bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addPlaceholder("maxwell.ui.views.dashboard");
        bottom.addPlaceholder("maxwell.ui.views.comparison");
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder("org.eclipse.ui.views.ProgressView");

        layout.addShowViewShortcut(EXPERIMENTS_VIEW);
        layout.addPerspectiveShortcut(ID);
    }
}
