package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

import maxwell.train.step.FusedAdam;

/** The trainer's own Adam step against DL4J's AdamUpdater, the reference it replaces. */
class FusedAdamTest {

    @ParameterizedTest
    @ValueSource(ints = { 1_000, 5_000, 200_000 }) // within one block; blocks with a ragged end; split over threads
    void movesParametersAndMomentsAsDl4jsAdam(int length) {
        movesAsDl4jsAdamAtTheScheduledRate(length, 1.0);
    }

    /** A factor of the learning rate is DL4J's Adam configured with the scaled rate, moments unchanged. */
    @ParameterizedTest
    @ValueSource(doubles = { 0.5, 0.05 })
    void aLearningRateFactorIsAdamAtTheScaledRate(double factor) {
        movesAsDl4jsAdamAtTheScheduledRate(5_000, factor);
    }

    private static void movesAsDl4jsAdamAtTheScheduledRate(int length, double factor) {
        Adam config = new Adam(3e-3);
        INDArray ours = Nd4j.rand(DataType.FLOAT, 1, length).subi(0.5);
        INDArray theirs = ours.dup();
        INDArray ourState = Nd4j.zeros(DataType.FLOAT, 1, 2L * length);
        INDArray theirState = Nd4j.zeros(DataType.FLOAT, 1, 2L * length);
        FusedAdam fused = new FusedAdam(config.getLearningRate(), config.getBeta1(), config.getBeta2(), config.getEpsilon(),
                ourState, length);
        GradientUpdater<?> reference = new Adam(3e-3 * factor).instantiate(theirState, true);
        Nd4j.getRandom().setSeed(7);
        for (int iteration = 0; iteration < 6; iteration++) {
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, length).muli(iteration % 2 == 0 ? 1 : 1e-3);
            fused.apply(ours, gradient.dup(), iteration, factor);
            INDArray update = gradient.dup();
            reference.applyUpdater(update, iteration, 0);
            theirs.subi(update);
        }
        assertClose(theirs, ours, "parameters");
        assertClose(theirState, ourState, "moments (first half m, second half v, as DL4J lays them out)");
    }

    @ParameterizedTest
    @ValueSource(ints = { 10 })
    void refusesArraysItCannotRunOver(int length) {
        INDArray state = Nd4j.zeros(DataType.FLOAT, 1, 2L * length);
        FusedAdam fused = new FusedAdam(1e-3, 0.9, 0.999, 1e-8, state, length);
        INDArray view = Nd4j.zeros(DataType.FLOAT, 2, length).get(NDArrayIndex.point(1), NDArrayIndex.all());
        assertFalse(FusedAdam.fits(view, length), "a view into a larger buffer");
        assertFalse(FusedAdam.fits(Nd4j.zeros(DataType.DOUBLE, 1, length), length), "double values");
        assertThrows(IllegalArgumentException.class, () -> fused.apply(view, Nd4j.zeros(DataType.FLOAT, 1, length), 0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new FusedAdam(1e-3, 0.9, 0.999, 1e-8, state, length + 1));
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        float[] e = expected.dup().data().asFloat();
        float[] a = actual.dup().data().asFloat();
        assertEquals(e.length, a.length);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-6 * Math.max(1, Math.abs(e[i])), what + "[" + i + "]");
        }
    }
}
