package maxwell.train.tests;

import java.util.Map;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Numerical gradients by central differences, as an independent check of what SameDiff's
 * back-propagation computes. Works in double precision; the graph must use DOUBLE variables.
 */
final class FiniteDifferences {

    private static final double STEP = 1e-6;

    private FiniteDifferences() {
    }

    static double loss(SameDiff sd, Map<String, INDArray> placeholders, String loss) {
        return sd.output(placeholders, loss).get(loss).getDouble(0);
    }

    /** d loss / d variable, element by element, with every other value held fixed. */
    static INDArray gradient(SameDiff sd, Map<String, INDArray> placeholders, String loss, String variable) {
        INDArray values = sd.getVariable(variable).getArr();
        INDArray gradient = values.dup();
        for (long i = 0; i < values.length(); i++) {
            double original = values.getDouble(i);
            values.putScalar(i, original + STEP);
            double up = loss(sd, placeholders, loss);
            values.putScalar(i, original - STEP);
            double down = loss(sd, placeholders, loss);
            values.putScalar(i, original);
            gradient.putScalar(i, (up - down) / (2 * STEP));
        }
        return gradient;
    }

    /** Largest |analytic − numeric| relative to max(1, |numeric|) over all elements. */
    static double worstRelativeError(INDArray analytic, INDArray numeric) {
        double worst = 0;
        for (long i = 0; i < numeric.length(); i++) {
            double a = analytic.getDouble(i);
            double n = numeric.getDouble(i);
            worst = Math.max(worst, Math.abs(a - n) / Math.max(1.0, Math.abs(n)));
        }
        return worst;
    }
}
