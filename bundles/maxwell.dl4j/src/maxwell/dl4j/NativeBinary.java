package maxwell.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Which build of ND4J's native library to load. nd4j-native ships a build per CPU level; its oneDNN
 * + AVX-512 build trained the default models 3–15 % faster than the generic one on this project's
 * machine kind (releng/maxwell.train.benchmarks/step-throughput.sh), but it is not the default: its
 * arithmetic differs in the last bits, and over three seeds the map-tile template's fresh probe read
 * 0.396 / 0.414 / 0.473 with it against 0.374 / 0.358 / 0.376 with the generic build (every figure
 * the project's notes quote was measured on the generic build and reproduces on it to the last digit).
 * {@value #MODE_PROPERTY}{@code =auto} asks for the fastest build this CPU runs. A build that uses
 * instructions the CPU lacks dies with an illegal-instruction signal, after which ND4J cannot be
 * loaded again in the same process, so the choice is made once, before ND4J loads, and the oneDNN
 * build only when the CPU lists every instruction set it was compiled for. A choice already made
 * (JavaCPP's property, even empty, which means the generic build) is kept.
 */
public final class NativeBinary {

    /** JavaCPP's system property naming the build: appended to the platform, e.g. linux-x86_64-onednn-avx512. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** Maxwell's system property: "generic" (the default) or "auto" (the fastest build this CPU runs). */
    public static final String MODE_PROPERTY = "maxwell.nd4j.build";
    /** The oneDNN + AVX-512 build of nd4j-native. */
    public static final String ONEDNN_AVX512 = "-onednn-avx512";
    /**
     * What gcc's -march=skylake-avx512, the build's target, lets the compiler use beyond the x86-64
     * baseline, as Linux names the flags in /proc/cpuinfo.
     */
    public static final List<String> ONEDNN_AVX512_NEEDS = List.of("avx", "avx2", "fma", "f16c", "bmi1", "bmi2", "movbe",
            "popcnt", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");
    private static final String LIBRARY = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64%s/libnd4jcpu.so";

    private NativeBinary() {
    }

    /**
     * Chooses the build as {@value #MODE_PROPERTY} says unless a choice was made, and returns the
     * build in effect ("" for the generic build). Call before anything loads ND4J.
     */
    public static synchronized String choose() {
        String made = System.getProperty(EXTENSION_PROPERTY);
        if (made != null) {
            return made;
        }
        String chosen;
        try {
            chosen = forMode(System.getProperty(MODE_PROPERTY), () -> cpuFlags(Path.of("/proc/cpuinfo")),
                    NativeBinary::isShipped);
        } catch (IllegalArgumentException e) {
            // a speed setting: training goes on, on the build every CPU runs
            System.err.println("maxwell: " + e.getMessage() + "; using the generic build");
            chosen = "";
        }
        System.setProperty(EXTENSION_PROPERTY, chosen);
        return chosen;
    }

    /**
     * The build for a mode: unset or "generic" the generic build, "auto" the fastest this CPU runs.
     *
     * @throws IllegalArgumentException for any other mode, naming the property and its values
     */
    public static String forMode(String mode, Supplier<Set<String>> cpuFlags, Predicate<String> shipped) {
        if (mode == null || mode.isBlank() || mode.trim().equals("generic")) {
            return "";
        }
        if (mode.trim().equals("auto")) {
            return forCpu(cpuFlags.get(), shipped);
        }
        throw new IllegalArgumentException(
                "-D" + MODE_PROPERTY + "=" + mode + " is not a build choice: use generic (the default) or auto");
    }

    /** The build for a CPU with these flags, among the shipped ones ("" for the generic build). */
    public static String forCpu(Set<String> cpuFlags, Predicate<String> shipped) {
        if (cpuFlags.containsAll(ONEDNN_AVX512_NEEDS) && shipped.test(ONEDNN_AVX512)) {
            return ONEDNN_AVX512;
        }
        return "";
    }

    /** The build in effect, for run records: "generic" or e.g. "onednn-avx512". */
    public static String inEffect() {
        String extension = System.getProperty(EXTENSION_PROPERTY, "");
        return extension.isEmpty() ? "generic" : extension.substring(1);
    }

    /** The flags of the first processor in a /proc/cpuinfo file; none if it cannot be read. */
    public static Set<String> cpuFlags(Path cpuinfo) {
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("flags")).findFirst()
                    .map(line -> new HashSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))))
                    .map(Set::<String>copyOf).orElse(Set.of());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static boolean isShipped(String extension) {
        return NativeBinary.class.getClassLoader().getResource(String.format(LIBRARY, extension)) != null;
    }
}
