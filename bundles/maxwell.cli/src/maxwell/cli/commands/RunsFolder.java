package maxwell.cli.commands;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import maxwell.cli.Options;

/** Where runs live: {@code --out DIR}, else {@code runs/} in the workspace the product was started with. */
final class RunsFolder {

    static final String OPTION = "--out";

    private RunsFolder() {
    }

    static Path of(Options options) {
        if (options.has(OPTION)) {
            return Paths.get(options.get(OPTION, ""));
        }
        Location instance = Platform.isRunning() ? Platform.getInstanceLocation() : null;
        if (instance != null && instance.isSet()) {
            return Paths.get(instance.getURL().getPath()).resolve("runs");
        }
        return Paths.get(System.getProperty("user.home"), "maxwell-workspace", "runs");
    }
}
