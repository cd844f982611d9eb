package maxwell.core.store;

import java.io.IOException;
import java.nio.file.Path;

/** A run-store file is not what it should be (truncated, corrupt, foreign); the message names it. */
public final class StoreFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public StoreFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
