package maxwell.info.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a CSV or NPY file by its extension. */
public final class DataFiles {

    private DataFiles() {
    }

    public static DataTable read(Path file) throws IOException, DataFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return NpyReader.read(file);
        }
        return CsvReader.read(file);
    }
}
