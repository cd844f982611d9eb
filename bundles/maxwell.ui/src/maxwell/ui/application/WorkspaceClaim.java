package maxwell.ui.application;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;

/**
 * Makes sure one Maxwell owns the workspace folder: runs and experiments in it must not be
 * written by two processes at once.
 *
 * @param firstUse the folder had never been a Maxwell workspace before this start
 */
record WorkspaceClaim(boolean granted, String folder, String reason, boolean firstUse) {

    /** Where the workspace goes when neither {@code -data} nor the product configuration says. */
    static final Path DEFAULT_FOLDER = Paths.get(System.getProperty("user.home"), "maxwell-workspace");

    static WorkspaceClaim claim(Location instance) {
        if (instance == null) {
            return new WorkspaceClaim(false, "(none)", "Maxwell was started with -data @none; it needs a workspace folder.", false);
        }
        try {
            if (!instance.isSet()) {
                instance.set(DEFAULT_FOLDER.toUri().toURL(), false);
            }
            Path folder = toPath(instance.getURL());
            boolean firstUse = !Files.exists(folder.resolve(".metadata"));
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                return new WorkspaceClaim(false, folder.toString(), "The workspace folder is not writable.", false);
            }
            if (!instance.lock()) {
                return new WorkspaceClaim(false, folder.toString(),
                        "The workspace is in use by another Maxwell. Close it, or start with -data <another folder>.", false);
            }
            return new WorkspaceClaim(true, folder.toString(), "", firstUse);
        } catch (IOException | IllegalStateException e) {
            return new WorkspaceClaim(false, String.valueOf(instance.getURL()),
                    "The workspace folder cannot be used: " + e.getMessage(), false);
        }
    }

    static void explain(Display display, WorkspaceClaim claim) {
        MessageDialog.openError(null, "Maxwell cannot open its workspace", claim.folder() + "\n\n" + claim.reason());
    }

    private static Path toPath(URL url) {
        // Location URLs are file: URLs whose path is not URI-escaped, so URL#toURI would fail on spaces.
        return Paths.get(url.getPath());
    }
}
