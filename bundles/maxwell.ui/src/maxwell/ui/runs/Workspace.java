package maxwell.ui.runs;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.Platform;

import maxwell.core.store.RunStore;

/** The workspace folder Maxwell was started on and the run store inside it ({@code runs/}, as for the CLI). */
public final class Workspace {

    private Workspace() {
    }

    public static Path folder() {
        // Location URLs are file: URLs whose path is not URI-escaped.
        return Paths.get(Platform.getInstanceLocation().getURL().getPath());
    }

    public static RunStore runStore() {
        return new RunStore(folder().resolve("runs"));
    }
}
