package maxwell.info.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Files under {@code fixtures/} of this test bundle, copied to a folder so readers get a Path. */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String name, Path folder) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        URL url = bundle != null ? bundle.getEntry("fixtures/" + name) : null;
        Path target = folder.resolve(name);
        if (url == null) {
            Files.copy(Path.of("fixtures", name), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        try (InputStream in = url.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
