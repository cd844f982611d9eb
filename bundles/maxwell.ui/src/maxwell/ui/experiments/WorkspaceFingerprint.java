package maxwell.ui.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A cheap summary of what the navigator shows: the names and times of the experiment files and
 * of the run records. Another program (the CLI, a text editor, git) changing anything changes
 * it; comparing two costs a directory walk, not reading and validating every file.
 */
final class WorkspaceFingerprint {

    private WorkspaceFingerprint() {
    }

    static long of(Path workspace) {
        long hash = 17;
        try (Stream<Path> files = Files.walk(workspace, 4)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".maxwell") || name.equals("run.record")) {
                    hash = 31 * hash + file.toString().hashCode();
                    hash = 31 * hash + Files.getLastModifiedTime(file).toMillis();
                    hash = 31 * hash + Files.size(file);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return hash; // a file went away while walking: the next look sees the new state
        }
        return hash;
    }
}
