package maxwell.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import maxwell.dl4j.Dl4jRuntime;

/** ND4J used from another bundle, with no class-loader set-up of its own. */
class Nd4jInsideOsgiTest {

    @Test
    void matrixProductMatchesHandComputedValues() {
        INDArray a = Nd4j.create(new double[][] { { 1, 2, 3 }, { 4, 5, 6 } });
        INDArray b = Nd4j.create(new double[][] { { 7, 8 }, { 9, 10 }, { 11, 12 } });

        INDArray product = a.mmul(b);

        assertArrayEquals(new long[] { 2, 2 }, product.shape());
        // Row i of A times column j of B, e.g. 1*7 + 2*9 + 3*11 = 58.
        assertArrayEquals(new double[] { 58, 64 }, product.getRow(0).toDoubleVector(), 0.0);
        assertArrayEquals(new double[] { 139, 154 }, product.getRow(1).toDoubleVector(), 0.0);
    }

    @Test
    void largeProductAgreesWithPlainJava() {
        int n = 64;
        INDArray a = Nd4j.rand(DataType.DOUBLE, n, n);
        INDArray b = Nd4j.rand(DataType.DOUBLE, n, n);
        double[][] x = a.toDoubleMatrix();
        double[][] y = b.toDoubleMatrix();

        double[][] blas = a.mmul(b).toDoubleMatrix();

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int k = 0; k < n; k++) {
                    expected += x[i][k] * y[k][j];
                }
                assertEquals(expected, blas[i][j], 1e-9, "entry (" + i + "," + j + ")");
            }
        }
    }

    @Test
    void nativeCpuBackendIsLoadedFromTheEmbeddingBundle() {
        Dl4jRuntime.RuntimeDescription runtime = Dl4jRuntime.describe();

        assertEquals("CpuBackend", runtime.backend());
        assertEquals(Dl4jRuntime.DL4J_VERSION, runtime.dl4jVersion());
        assertTrue(runtime.threads() >= 1, runtime.toString());
        Bundle owner = FrameworkUtil.getBundle(Nd4j.class);
        assertNotNull(owner, "Nd4j must be loaded by an OSGi bundle");
        assertEquals("maxwell.dl4j", owner.getSymbolicName());
    }
}
