package maxwell.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The analyst's layout: experiments and their runs on the left, editors in the middle, the live
 * demon (above) and partition map and information plane (below) on the right, training curves,
 * problems, progress and properties below the editors. Views that later bundles contribute drop into the
 * named placeholders. The ratios keep the editor at
 * least ~480 px wide at 1280×1024 (navigator ~360 px, wide enough for a run's id and "running 42%";
 * figures ~440 px) and give the figures room at 1920×1080; the figures keep their aspect ratio, so
 * a narrow folder only shrinks them.
 */
public final class MaxwellPerspective implements IPerspectiveFactory {

    public static final String ID = "maxwell.ui.perspective";
    public static final String EXPERIMENTS_VIEW = "maxwell.ui.views.experiments";
    public static final String PROBLEMS_VIEW = "maxwell.ui.views.problems";
    public static final String PROGRESS_VIEW = "maxwell.ui.views.progress";
    public static final String DEMON_VIEW = "maxwell.ui.views.demon";
    public static final String PARTITIONS_VIEW = "maxwell.ui.views.partitions";
    public static final String INFORMATION_PLANE_VIEW = "maxwell.ui.views.informationPlane";
    public static final String DASHBOARD_VIEW = "maxwell.ui.views.dashboard";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("maxwell.left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(EXPERIMENTS_VIEW);

        // The demon first: it is the figure the workbench exists for.
        IFolderLayout right = layout.createFolder("maxwell.right", IPageLayout.RIGHT, 0.52f, editors);
        right.addView(DEMON_VIEW);
        // The figures are wider than high: two stacked folders show two of them without empty bands.
        IFolderLayout rightBelow = layout.createFolder("maxwell.rightBelow", IPageLayout.BOTTOM, 0.48f, "maxwell.right");
        rightBelow.addView(PARTITIONS_VIEW);
        rightBelow.addView(INFORMATION_PLANE_VIEW);

        IFolderLayout bottom = layout.createFolder("maxwell.bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(DASHBOARD_VIEW);
        bottom.addView(PROBLEMS_VIEW);
        bottom.addView(PROGRESS_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder("maxwell.ui.views.comparison");

        layout.addShowViewShortcut(EXPERIMENTS_VIEW);
        layout.addShowViewShortcut(DEMON_VIEW);
        layout.addShowViewShortcut(INFORMATION_PLANE_VIEW);
        layout.addShowViewShortcut(PARTITIONS_VIEW);
        layout.addShowViewShortcut(DASHBOARD_VIEW);
        layout.addShowViewShortcut(PROBLEMS_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("maxwell.ui.wizards.newExperiment");
        layout.addPerspectiveShortcut(ID);
    }
}
