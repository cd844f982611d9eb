package maxwell.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The workbench's own icons (in {@code icons/}), loaded once and shared. */
public final class Images {

    public static final String RUN = "icons/run.png";
    public static final String STOP = "icons/stop.png";
    public static final String RESUME = "icons/resume.png";
    public static final String COMPARE = "icons/compare.png";
    public static final String EXPERIMENT = "icons/experiment.png";
    public static final String RUN_CREATED = "icons/created.png";
    public static final String RUN_RUNNING = "icons/running.png";
    public static final String RUN_FINISHED = "icons/finished.png";
    public static final String RUN_FAILED = "icons/failed.png";
    public static final String RUN_INTERRUPTED = "icons/interrupted.png";
    public static final String RUN_CANCELLED = "icons/cancelled.png";

    private static final String BUNDLE = "maxwell.ui";

    private Images() {
    }

    public static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    /** A shared image: never dispose it. Call on the UI thread. */
    public static Image image(String path) {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        String key = BUNDLE + "/" + path;
        Image image = registry.get(key);
        if (image == null) {
            registry.put(key, descriptor(path));
            image = registry.get(key);
        }
        return image;
    }
}
