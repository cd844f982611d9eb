package maxwell.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./maxwell estimate}: results on good data, one clear line and the right exit code on bad data. */
class EstimateCommandTest {

    @TempDir
    Path folder;

    /** Columns: a, b (= 0.8 a + noise), noise, label (= a > 0). N rows. */
    private Path csv(int n, boolean header) throws Exception {
        Random r = new Random(1L);
        StringBuilder s = new StringBuilder(header ? "a,b,noise,label\n" : "");
        for (int i = 0; i < n; i++) {
            double a = r.nextGaussian();
            double b = 0.8 * a + 0.6 * r.nextGaussian();
            s.append(String.format(Locale.ROOT, "%.8f,%.8f,%.8f,%d%n", a, b, r.nextGaussian(), a > 0 ? 1 : 0));
        }
        Path file = folder.resolve(header ? "data.csv" : "plain.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    private Path file(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static double bits(String out) {
        String v = out.substring(out.indexOf('=') + 1, out.indexOf(" bits")).strip();
        return Double.parseDouble(v);
    }

    @Test
    void ksgOnHeaderNamesPrintsBitsBaselineAndInterval() throws Exception {
        CliRun run = CliRun.of("estimate", csv(2000, true).toString(), "--x", "a", "--y", "b", "--surrogates", "20", "--bootstrap", "20");
        assertEquals(0, run.exitCode(), run.err());
        double truth = -0.5 * Math.log(1 - 0.64) / Math.log(2);
        assertEquals(truth, bits(run.out()), 0.08, run.out());
        assertTrue(run.out().startsWith("I(X;Y) = "), run.out());
        assertTrue(run.out().contains("surrogate baseline (S=20 shuffles)"), run.out());
        assertTrue(run.out().contains("above the surrogate band"), run.out());
        assertTrue(run.out().contains("95% interval ["), run.out());
    }

    @Test
    void indicesAndRangesWithoutHeader() throws Exception {
        CliRun run = CliRun.of("estimate", csv(1000, false).toString(), "--x", "0-1", "--y", "2", "--surrogates", "20", "--bootstrap", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("not distinguishable from 0"), run.out());
    }

    @Test
    void conditionalGaussianRossAndBinning() throws Exception {
        Path data = csv(1500, true);
        CliRun cond = CliRun.of("estimate", data.toString(), "--x", "a", "--y", "b", "--z", "noise", "--surrogates", "0", "--bootstrap", "0");
        assertEquals(0, cond.exitCode(), cond.err());
        assertTrue(cond.out().startsWith("I(X;Y|Z) = "), cond.out());
        CliRun ross = CliRun.of("estimate", data.toString(), "--x", "a", "--y", "label", "--estimator", "ross", "--surrogates", "0", "--bootstrap", "0");
        assertEquals(0, ross.exitCode(), ross.err());
        assertEquals(1.0, bits(ross.out()), 0.05, ross.out());
        CliRun gauss = CliRun.of("estimate", data.toString(), "--x", "0", "--y", "1", "--estimator", "gaussian", "--surrogates", "0", "--bootstrap", "0");
        assertEquals(0.737, bits(gauss.out()), 0.06, gauss.out());
        CliRun binning = CliRun.of("estimate", data.toString(), "--x", "0", "--y", "3", "--estimator", "binning", "--bins", "2", "--binning", "mass",
                "--surrogates", "0", "--bootstrap", "0");
        assertEquals(0, binning.exitCode(), binning.err());
        // two equal-mass bins cut at the sample median, not at 0: a few samples land on the wrong side
        assertTrue(bits(binning.out()) > 0.7 && bits(binning.out()) <= 1.0, binning.out());
    }

    @Test
    void jsonForMachines() throws Exception {
        CliRun run = CliRun.of("estimate", csv(500, true).toString(), "--x", "a", "--y", "b", "--surrogates", "10", "--bootstrap", "10", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"quantity\":\"I(X;Y)\""), json);
        assertTrue(json.contains("\"estimator\":\"KSG-1\""), json);
        assertTrue(json.contains("\"surrogates\":{\"count\":10,"), json);
        assertTrue(json.contains("\"notDistinguishableFromZero\":false"), json);
        assertTrue(json.contains("\"x\":[0],\"y\":[1]"), json);
        assertEquals(1, json.lines().count());
    }

    @Test
    void sameSeedSameOutput() throws Exception {
        Path data = csv(800, true);
        CliRun a = CliRun.of("estimate", data.toString(), "--x", "a", "--y", "b", "--surrogates", "10", "--seed", "5");
        CliRun b = CliRun.of("estimate", data.toString(), "--x", "a", "--y", "b", "--surrogates", "10", "--seed", "5");
        assertEquals(a.out(), b.out());
    }

    @Test
    void npyVersionsAndTypes() throws Exception {
        Random r = new Random(2L);
        int n = 600;
        double[] values = new double[n * 2];
        for (int i = 0; i < n; i++) {
            values[2 * i] = r.nextGaussian();
            values[2 * i + 1] = values[2 * i] + 0.5 * r.nextGaussian();
        }
        for (String[] c : new String[][] { { "1", "<f8" }, { "2", "<f4" } }) {
            Path file = folder.resolve("v" + c[0] + ".npy");
            Npy.write(file, Integer.parseInt(c[0]), c[1], "(" + n + ", 2)", values);
            CliRun run = CliRun.of("estimate", file.toString(), "--x", "0", "--y", "1", "--surrogates", "0", "--bootstrap", "0");
            assertEquals(0, run.exitCode(), c[1] + ": " + run.err());
            assertTrue(bits(run.out()) > 1, run.out());
        }
        double[] ints = new double[n * 2];
        for (int i = 0; i < n; i++) {
            ints[2 * i] = Math.round(values[2 * i] * 100);
            ints[2 * i + 1] = Math.round(values[2 * i + 1] * 100);
        }
        for (String descr : new String[] { "<i8", "<i4" }) {
            Path file = folder.resolve("ints" + descr.substring(1) + ".npy");
            Npy.write(file, 1, descr, "(" + n + ", 2)", ints);
            CliRun run = CliRun.of("estimate", file.toString(), "--x", "0", "--y", "1", "--surrogates", "0", "--bootstrap", "0");
            assertEquals(0, run.exitCode(), descr + ": " + run.err());
        }
        Path oneD = folder.resolve("one.npy");
        Npy.write(oneD, 1, "<f8", "(" + n + ",)", Arrays.copyOf(values, n));
        CliRun run = CliRun.of("estimate", oneD.toString(), "--x", "0", "--y", "0", "--estimator", "gaussian", "--surrogates", "0", "--bootstrap", "0");
        // a 1-D array is one column; X = Y makes the joint covariance singular: reported, not hidden
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("warning: singular covariance"), run.out());
    }

    // ---- bad data: exit code 1, one clear line ----

    private static void assertProblem(CliRun run, String expected) {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }

    @Test
    void malformedCsv() throws Exception {
        Path f = file("ragged.csv", "a,b\n1,2\n3,4,5\n6,7\n");
        assertProblem(CliRun.of("estimate", f.toString(), "--x", "0", "--y", "1", "--k", "1"), "line 3 has 3 cells, expected 2 (malformed CSV)");
        Path q = file("quote.csv", "a,b\n1,\"2\n");
        assertProblem(CliRun.of("estimate", q.toString(), "--x", "0", "--y", "1"), "unterminated quote");
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws Exception {
        Path f = file("text.csv", "a,b\n1,2\n3,x\n5,6\n7,8\n");
        assertProblem(CliRun.of("estimate", f.toString(), "--x", "a", "--y", "b"), "line 3, column 1 ('b'): 'x' is not a number");
    }

    @Test
    void nanAndInfinity() throws Exception {
        Path f = file("nan.csv", "1,2\n3,NaN\n5,6\n7,8\n9,1\n");
        assertProblem(CliRun.of("estimate", f.toString(), "--x", "0", "--y", "1"), "line 2, column 1: NaN");
        Path g = file("inf.csv", "1,2\n3,4\nInfinity,6\n7,8\n9,1\n");
        assertProblem(CliRun.of("estimate", g.toString(), "--x", "0", "--y", "1"), "line 3, column 0: Infinity");
    }

    @Test
    void columnsOutOfRangeOrUnknown() throws Exception {
        Path data = csv(100, true);
        assertProblem(CliRun.of("estimate", data.toString(), "--x", "0-5", "--y", "1"), "column 4 is out of range: the data has 4 column(s)");
        assertProblem(CliRun.of("estimate", data.toString(), "--x", "a", "--y", "height"), "no column named 'height'");
    }

    @Test
    void fewerThanKPlusOneRows() throws Exception {
        Path f = file("short.csv", "1,2\n3,4\n5,7\n");
        assertProblem(CliRun.of("estimate", f.toString(), "--x", "0", "--y", "1", "--k", "3"), "3 row(s): the ksg estimator with k=3 needs at least 4");
    }

    @Test
    void unreadableOrCorruptNpy() throws Exception {
        Path bad = folder.resolve("bad.npy");
        Files.write(bad, "not numpy at all".getBytes());
        assertProblem(CliRun.of("estimate", bad.toString(), "--x", "0", "--y", "1"), "not a NumPy .npy file");
        Path truncated = folder.resolve("truncated.npy");
        Npy.write(truncated, 1, "<f8", "(100, 2)", new double[200]);
        byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(all, all.length - 80));
        assertProblem(CliRun.of("estimate", truncated.toString(), "--x", "0", "--y", "1"), "truncated data");
        Path big = folder.resolve("big.npy");
        Npy.write(big, 1, ">f8", "(3, 2)", new double[6]);
        assertProblem(CliRun.of("estimate", big.toString(), "--x", "0", "--y", "1"), "unsupported dtype '>f8'");
        assertProblem(CliRun.of("estimate", folder.resolve("missing.npy").toString(), "--x", "0", "--y", "1"), "no such file");
    }

    @Test
    void nonIntegerLabelsForRoss() throws Exception {
        Path data = csv(100, true);
        assertProblem(CliRun.of("estimate", data.toString(), "--x", "a", "--y", "b", "--estimator", "ross"), "is not an integer");
    }

    // ---- bad usage: exit code 2 with the usage text ----

    @Test
    void usageMistakes() throws Exception {
        Path data = csv(50, true);
        for (String[] args : new String[][] { { "estimate" }, { "estimate", data.toString(), "--x", "0" },
                { "estimate", data.toString(), "--x", "0", "--y", "1", "--estimator", "jidt" },
                { "estimate", data.toString(), "--x", "0", "--y", "1", "--z", "2", "--estimator", "ross" },
                { "estimate", data.toString(), "--x", "0", "--y", "1", "--k", "zero" },
                { "estimate", data.toString(), "--x", "0", "--y", "1", "--frobnicate" } }) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().contains("usage: ./maxwell estimate"), run.err());
        }
    }

    @Test
    void listedInHelp() {
        CliRun run = CliRun.of("help");
        assertTrue(run.out().contains("estimate"), run.out());
    }
}
