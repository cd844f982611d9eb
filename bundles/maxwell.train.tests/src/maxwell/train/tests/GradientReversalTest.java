package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.train.graph.GradientReversal;

class GradientReversalTest {

    @Test
    void isTheIdentityForwardAndMinusLambdaBackward() {
        Nd4j.getRandom().setSeed(3);
        SameDiff sd = SameDiff.create();
        INDArray zValues = Nd4j.randn(DataType.DOUBLE, 3, 2);
        INDArray head = Nd4j.randn(DataType.DOUBLE, 2, 1);
        SDVariable z = sd.var("z", zValues.dup());
        SDVariable lambda = sd.placeHolder("lambda", DataType.DOUBLE);
        SDVariable reversed = GradientReversal.reverse(sd, "reversed", z, lambda);
        reversed.mmul(sd.constant("head", head)).sum().rename("loss");
        sd.setLossVariables("loss");
        double lambdaValue = 2.5;
        Map<String, INDArray> feed = Map.of("lambda", Nd4j.scalar(DataType.DOUBLE, lambdaValue));

        INDArray forward = sd.output(feed, "reversed").get("reversed");
        INDArray gradient = sd.calculateGradients(feed, "z").get("z");

        assertArrayEquals(zValues.ravel().toDoubleVector(), forward.ravel().toDoubleVector(), 1e-12);
        // Without reversal d(sum(z·head))/dz is head repeated per row; reversal multiplies it by −λ.
        INDArray expected = Nd4j.ones(DataType.DOUBLE, 3, 1).mmul(head.transpose()).muli(-lambdaValue);
        assertArrayEquals(expected.ravel().toDoubleVector(), gradient.ravel().toDoubleVector(), 1e-12);
        INDArray numericWithoutReversal = FiniteDifferences.gradient(sd, feed, "loss", "z");
        assertTrue(FiniteDifferences.worstRelativeError(expected.div(-lambdaValue), numericWithoutReversal) < 1e-6,
                "the forward value must be the identity: numeric gradient " + numericWithoutReversal);
    }
}
