package maxwell.dl4j;

import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * What the embedded DL4J/ND4J runtime is, for run records and error messages.
 *
 * <p>Calling {@link #describe()} also forces the native backend to load, so a caller can fail
 * early with a readable message instead of deep inside a training step.
 */
public final class Dl4jRuntime {

    /** The DL4J/ND4J release embedded in this bundle. */
    public static final String DL4J_VERSION = "1.0.0-M2.1";

    private Dl4jRuntime() {
    }

    /**
     * Loads the ND4J backend (extracting natives on first use) and reports what was loaded.
     *
     * @throws Dl4jUnavailableException if the native backend cannot be loaded on this machine
     */
    public static RuntimeDescription describe() {
        try {
            NativeBinary.choose();
            Nd4jBackend backend = Nd4j.getBackend();
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            String blas = String.valueOf(env.getOrDefault("blas.vendor", "unknown"));
            int threads = parseInt(env.get("omp.threads"), Runtime.getRuntime().availableProcessors());
            return new RuntimeDescription(DL4J_VERSION, backend.getClass().getSimpleName(), NativeBinary.inEffect(), blas,
                    threads, Nd4j.dataType().toString());
        } catch (RuntimeException | LinkageError e) {
            throw new Dl4jUnavailableException(
                    "The ND4J native backend could not be loaded (" + rootMessage(e) + "). "
                            + "Maxwell needs linux-x86_64 and a writable ~/.javacpp/cache.",
                    e);
        }
    }

    private static int parseInt(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The loaded runtime: versions and the numeric environment. */
    public record RuntimeDescription(String dl4jVersion, String backend, String nativeBinary, String blasVendor,
            int threads, String defaultDataType) {

        @Override
        public String toString() {
            return "DL4J " + dl4jVersion + " (" + backend + ", " + nativeBinary + " native build, BLAS " + blasVendor + ", "
                    + threads + " threads, " + defaultDataType + ")";
        }
    }
}
