package maxwell.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.dl4j.Dl4jRuntime;
import maxwell.dl4j.NativeBinary;

/** The native build of ND4J is chosen from the CPU's flags and is the one the process loads. */
class NativeBinaryTest {

    private static final Set<String> SKYLAKE_AVX512 = Set.of("fpu", "sse2", "avx", "avx2", "fma", "f16c", "bmi1", "bmi2",
            "movbe", "popcnt", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    @Test
    void aCpuWithEveryAvx512SetGetsTheOneDnnBuild() {
        assertEquals(NativeBinary.ONEDNN_AVX512, NativeBinary.forCpu(SKYLAKE_AVX512, extension -> true));
    }

    @Test
    void aCpuWithoutOneOfTheSetsGetsTheGenericBuild() {
        for (String missing : List.of("avx512vl", "avx512bw", "bmi2", "avx2")) {
            Set<String> flags = new HashSet<>(SKYLAKE_AVX512);
            flags.remove(missing);
            assertEquals("", NativeBinary.forCpu(flags, extension -> true), "without " + missing);
        }
        assertEquals("", NativeBinary.forCpu(Set.of(), extension -> true), "flags unreadable");
    }

    @Test
    void theOneDnnBuildIsChosenOnlyWhenItIsShipped() {
        assertEquals("", NativeBinary.forCpu(SKYLAKE_AVX512, extension -> false));
    }

    @Test
    void theGenericBuildIsTheDefaultAndAutoAsksTheCpu() {
        assertEquals("", NativeBinary.forMode(null, () -> SKYLAKE_AVX512, extension -> true));
        assertEquals("", NativeBinary.forMode("generic", () -> SKYLAKE_AVX512, extension -> true));
        assertEquals(NativeBinary.ONEDNN_AVX512, NativeBinary.forMode("auto", () -> SKYLAKE_AVX512, extension -> true));
        assertEquals("", NativeBinary.forMode("auto", () -> Set.of("avx2"), extension -> true));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NativeBinary.forMode("fastest", () -> SKYLAKE_AVX512, extension -> true));
        assertTrue(error.getMessage().contains("maxwell.nd4j.build=fastest"), error.getMessage());
    }

    @Test
    void readsTheFlagsOfTheFirstProcessor(@TempDir Path folder) throws IOException {
        Path cpuinfo = folder.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 avx2  avx512f\n\n"
                + "processor\t: 1\nflags\t\t: fpu\n");
        assertEquals(Set.of("fpu", "sse2", "avx2", "avx512f"), NativeBinary.cpuFlags(cpuinfo));
        assertEquals(Set.of(), NativeBinary.cpuFlags(folder.resolve("missing")));
    }

    @Test
    void theBuildInEffectIsTheLibraryThisProcessLoaded() throws IOException {
        Dl4jRuntime.RuntimeDescription runtime = Dl4jRuntime.describe();
        boolean auto = "auto".equals(System.getProperty(NativeBinary.MODE_PROPERTY));
        boolean capable = NativeBinary.cpuFlags(Path.of("/proc/cpuinfo")).containsAll(NativeBinary.ONEDNN_AVX512_NEEDS);
        String expected = auto && capable ? "onednn-avx512" : "generic";
        assertEquals(expected, runtime.nativeBinary(), "build for this mode and CPU");
        String loaded = Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.endsWith("/libnd4jcpu.so"))
                .findFirst().orElseThrow();
        String folder = "/linux-x86_64" + (expected.equals("generic") ? "" : "-" + expected) + "/libnd4jcpu.so";
        assertTrue(loaded.endsWith(folder), "loaded " + loaded + ", expected a path ending in " + folder);
    }
}
