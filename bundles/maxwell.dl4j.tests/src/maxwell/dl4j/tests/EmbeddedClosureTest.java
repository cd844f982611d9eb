package maxwell.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import maxwell.dl4j.Dl4jRuntime;

/** The manifest of maxwell.dl4j and the jars the build embedded agree (see update-manifest.sh). */
class EmbeddedClosureTest {

    private final Bundle dl4j = FrameworkUtil.getBundle(Dl4jRuntime.class);

    @Test
    void everyBundleClassPathEntryIsShipped() {
        for (String entry : bundleClassPath()) {
            if (!entry.equals(".")) {
                assertNotNull(dl4j.getEntry(entry), entry + " is on Bundle-ClassPath but not in the bundle");
            }
        }
    }

    @Test
    void everyShippedJarIsOnTheBundleClassPath() {
        Enumeration<String> paths = dl4j.getEntryPaths("lib/");
        assertNotNull(paths, "the bundle ships no lib/ folder");
        List<String> shipped = new ArrayList<>(Collections.list(paths));
        shipped.removeIf(p -> !p.endsWith(".jar"));
        assertFalse(shipped.isEmpty());
        List<String> classPath = bundleClassPath();
        List<String> missing = shipped.stream().filter(jar -> !classPath.contains(jar)).toList();
        assertEquals(List.of(), missing, "jars shipped but not on Bundle-ClassPath: run update-manifest.sh");
    }

    @Test
    void embedsTheGenericAndTheOneDnnAvx512LinuxBuildsOnly() {
        TreeSet<String> natives = new TreeSet<>();
        for (String entry : bundleClassPath()) {
            if (entry.contains("linux-") || entry.contains("windows-") || entry.contains("macosx-")) {
                natives.add(entry.replaceAll(".*-(linux|windows|macosx)-", "$1-"));
            }
        }
        assertEquals(new TreeSet<>(List.of("linux-x86_64.jar", "linux-x86_64-onednn-avx512.jar")), natives);
    }

    private List<String> bundleClassPath() {
        String header = dl4j.getHeaders().get("Bundle-ClassPath");
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }
}
