package maxwell.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import maxwell.cli.Options;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;

/** A run named on the command line: a run folder, or a run id in the runs folder. */
final class NamedRuns {

    private NamedRuns() {
    }

    static RunFolder open(String named, Options options) throws IOException {
        Path asFolder = Paths.get(named).toAbsolutePath().normalize();
        if (Files.isRegularFile(asFolder.resolve("run.record"))) {
            return new RunStore(asFolder.getParent()).open(asFolder.getFileName().toString());
        }
        return new RunStore(RunsFolder.of(options)).open(named);
    }
}
