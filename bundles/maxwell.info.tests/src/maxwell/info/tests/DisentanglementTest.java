package maxwell.info.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import maxwell.info.disentanglement.Dci;
import maxwell.info.disentanglement.Mig;

/** MIG and DCI on codes that are disentangled by construction, and on a rotated (entangled) copy. */
class DisentanglementTest {

    private static final int N = 3000;

    private static int[][] factors() {
        Random r = new Random(1L);
        int[][] f = new int[N][2];
        for (int[] row : f) {
            row[0] = r.nextInt(5);
            row[1] = r.nextInt(5);
        }
        return f;
    }

    private static double[][] code(int[][] f, boolean rotated) {
        Random r = new Random(2L);
        double[][] z = new double[N][3];
        for (int i = 0; i < N; i++) {
            double a = f[i][0] + 0.1 * r.nextGaussian();
            double b = f[i][1] + 0.1 * r.nextGaussian();
            z[i][0] = rotated ? (a + b) / Math.sqrt(2) : a;
            z[i][1] = rotated ? (a - b) / Math.sqrt(2) : b;
            z[i][2] = r.nextGaussian(); // a nuisance dimension
        }
        return z;
    }

    @Test
    void disentangledCodeScoresHighAndRotationLowers() {
        int[][] f = factors();
        Mig.MigResult clean = Mig.score(code(f, false), f, Mig.DEFAULT_BINS);
        Mig.MigResult mixed = Mig.score(code(f, true), f, Mig.DEFAULT_BINS);
        assertTrue(clean.mig() > 0.8, "MIG " + clean.mig());
        assertTrue(mixed.mig() < clean.mig() - 0.3, "rotated MIG " + mixed.mig());

        Dci.DciResult dci = Dci.score(code(f, false), f, 3L);
        Dci.DciResult rotated = Dci.score(code(f, true), f, 3L);
        assertTrue(dci.disentanglement() > 0.8, "D " + dci.disentanglement());
        assertTrue(dci.completeness() > 0.6, "C " + dci.completeness());
        assertTrue(dci.informativeness() > 0.9, "I " + dci.informativeness());
        assertTrue(rotated.disentanglement() < dci.disentanglement() - 0.3, "rotated D " + rotated.disentanglement());
    }

    @Test
    void dciOfAPermutationImportanceIsPerfect() {
        double[][] r = { { 1, 0 }, { 0, 2 } };
        Dci.DciResult d = Dci.fromImportance(r, 1.0);
        assertEquals(1.0, d.disentanglement(), 1e-12);
        assertEquals(1.0, d.completeness(), 1e-12);
        double[][] uniform = { { 1, 1 }, { 1, 1 } };
        assertEquals(0.0, Dci.fromImportance(uniform, 1.0).disentanglement(), 1e-12);
    }
}
