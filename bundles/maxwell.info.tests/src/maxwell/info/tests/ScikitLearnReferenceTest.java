package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.info.io.NpyReader;
import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/**
 * Compares with scikit-learn 1.2.1 ({@code mutual_info_regression}: KSG; {@code mutual_info_classif}:
 * Ross), values produced by {@code releng/maxwell.info.reference/make_reference.py} on the data in
 * {@code fixtures/reference_data.npy} (N = 1,000, k = 3).
 *
 * <p>Tolerance 0.002 bits: the algorithms are the same, so the only differences are
 * scikit-learn's 1e-10-scale jitter (it can move a neighbour across a radius) and its clipping of
 * negative values to 0, which the comparison applies to Maxwell's raw value.
 */
class ScikitLearnReferenceTest {

    private static final double TOLERANCE_BITS = 0.002;

    @TempDir
    Path folder;

    @Test
    void ksgAndRossAgreeWithScikitLearn() throws Exception {
        double[][] data = NpyReader.read(Fixtures.copy("reference_data.npy", folder)).rows();
        List<String> lines = Files.readAllLines(Fixtures.copy("reference_values.csv", folder), StandardCharsets.UTF_8);
        int checked = 0;
        StringBuilder report = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("case,")) {
                continue;
            }
            String[] c = line.split(",");
            int xc = Integer.parseInt(c[1]);
            int yc = Integer.parseInt(c[2]);
            double reference = Double.parseDouble(c[5]);
            double[][] x = new double[data.length][1];
            double[][] y = new double[data.length][1];
            int[] labels = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                x[i][0] = data[i][xc];
                y[i][0] = data[i][yc];
                labels[i] = (int) data[i][yc];
            }
            double ours = c[3].equals("regression")
                    ? new KsgEstimator(3).mutualInformation(x, y, SignificanceSettings.NONE).bits()
                    : new RossEstimator(3).mutualInformation(x, labels, SignificanceSettings.NONE).bits();
            report.append(String.format(java.util.Locale.ROOT, "%s: maxwell %.5f, sklearn %.5f%n", c[0], ours, reference));
            assertEquals(reference, Math.max(0, ours), TOLERANCE_BITS, c[0]);
            checked++;
        }
        assertEquals(6, checked);
        System.out.print(report);
    }
}
