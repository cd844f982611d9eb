package maxwell.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The analyst's layout: experiments and their runs on the left, editors in the middle, the live
 * partition and demon views on the right, problems, progress and training curves below. Views
 * that later bundles contribute drop into the named placeholders. The ratios keep the editor at
 * least ~600 px wide at 1280×1024 and give the figures room at 1920×1080.
 */
public final class MaxwellPerspective implements IPerspectiveFactory {

    public static final String ID = "maxwell.ui.perspective";
    public static final String EXPERIMENTS_VIEW = "maxwell.ui.views.experiments";
    public static final String PROBLEMS_VIEW = "maxwell.ui.views.problems";
    public static final String PROGRESS_VIEW = "maxwell.ui.views.progress";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("maxwell.left", IPageLayout.LEFT, 0.3f, editors);
        left.addView(EXPERIMENTS_VIEW);

        IFolderLayout right = layout.createFolder("maxwell.right", IPageLayout.RIGHT, 0.62f, editors);
        right.addPlaceholder("maxwell.ui.views.demon");
        right.addPlaceholder("maxwell.ui.views.partitions");
        right.addPlaceholder("maxwell.ui.views.informationPlane");

        IFolderLayout bottom = layout.createFolder("maxwell.bottom", IPageLayout.BOTTOM, 0.7f, editors);
        bottom.addView(PROBLEMS_VIEW);
        bottom.addView(PROGRESS_VIEW);
        bottom.addPlaceholder("maxwell.ui.views.dashboard");
        bottom.addPlaceholder("maxwell.ui.views.comparison");

        layout.addShowViewShortcut(EXPERIMENTS_VIEW);
        layout.addShowViewShortcut(PROBLEMS_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addNewWizardShortcut("maxwell.ui.wizards.newExperiment");
        layout.addPerspectiveShortcut(ID);
    }
}
