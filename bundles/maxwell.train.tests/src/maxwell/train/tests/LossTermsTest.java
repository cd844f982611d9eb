package maxwell.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.train.graph.LossTerms;

/**
 * Each loss term against its closed form, and its gradient against finite differences — including
 * under a weight, the case that DL4J's own loss ops get wrong.
 */
class LossTermsTest {

    private static final double[][] LOGITS = { { 2.0, -1.0, 0.5 }, { -0.3, 0.8, 4.0 } };
    private static final double[][] ONE_HOT = { { 0, 0, 1 }, { 0, 1, 0 } };

    @Test
    void crossEntropyMatchesTheClosedForm() {
        SameDiff sd = SameDiff.create();
        SDVariable logits = sd.var("logits", Nd4j.create(LOGITS));
        SDVariable targets = sd.constant("targets", Nd4j.create(ONE_HOT));
        LossTerms.crossEntropy(sd, "ce", logits, targets);

        double expected = (-logSoftmax(LOGITS[0])[2] - logSoftmax(LOGITS[1])[1]) / 2;
        assertEquals(expected, FiniteDifferences.loss(sd, Map.of(), "ce"), 1e-12);
    }

    @Test
    void crossEntropyToUniformMatchesTheClosedForm() {
        SameDiff sd = SameDiff.create();
        SDVariable logits = sd.var("logits", Nd4j.create(LOGITS));
        LossTerms.crossEntropyToUniform(sd, "confusion", logits, 3);

        double expected = 0;
        for (double[] row : LOGITS) {
            for (double value : logSoftmax(row)) {
                expected -= value / 3;
            }
        }
        assertEquals(expected / 2, FiniteDifferences.loss(sd, Map.of(), "confusion"), 1e-12);
    }

    @Test
    void logSoftmaxSurvivesHugeLogits() {
        SameDiff sd = SameDiff.create();
        SDVariable logits = sd.var("logits", Nd4j.create(new double[][] { { 1000.0, 0.0 } }));
        LossTerms.crossEntropy(sd, "ce", logits, sd.constant("targets", Nd4j.create(new double[][] { { 0, 1 } })));

        assertEquals(1000.0, FiniteDifferences.loss(sd, Map.of(), "ce"), 1e-9);
    }

    @Test
    void gaussianKlMatchesTheClosedForm() {
        double[][] mean = { { 0.5, -1.0 }, { 0.0, 2.0 } };
        double[][] logVariance = { { 0.0, -0.7 }, { 1.2, 0.3 } };
        SameDiff sd = SameDiff.create();
        LossTerms.gaussianKl(sd, "kl", sd.var("mu", Nd4j.create(mean)), sd.var("logvar", Nd4j.create(logVariance)));

        double expected = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double variance = Math.exp(logVariance[i][j]);
                expected += 0.5 * (variance + mean[i][j] * mean[i][j] - 1 - logVariance[i][j]);
            }
        }
        assertEquals(expected / 2, FiniteDifferences.loss(sd, Map.of(), "kl"), 1e-12);
    }

    @Test
    void aWeightedSumOfAllTermsHasTheRightGradient() {
        Nd4j.getRandom().setSeed(11);
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder("x", DataType.DOUBLE, -1, 4);
        SDVariable weights = sd.var("w", Nd4j.randn(DataType.DOUBLE, 4, 3));
        SDVariable logits = input.mmul(weights);
        SDVariable mean = sd.var("mu", Nd4j.randn(DataType.DOUBLE, 2, 3));
        SDVariable logVariance = sd.var("logvar", Nd4j.randn(DataType.DOUBLE, 2, 3).muli(0.3));
        SDVariable decoder = sd.var("dec", Nd4j.randn(DataType.DOUBLE, 3, 4));
        SDVariable reconstruction = sd.nn.sigmoid(logits.mmul(decoder));
        SDVariable ce = LossTerms.crossEntropy(sd, "ce", logits, sd.constant("t", Nd4j.create(ONE_HOT)));
        SDVariable confusion = LossTerms.crossEntropyToUniform(sd, "confusion", logits, 3);
        SDVariable recon = LossTerms.squaredError(sd, "recon", input, reconstruction);
        SDVariable kl = LossTerms.gaussianKl(sd, "kl", mean, logVariance);
        recon.add(kl.mul(0.5)).add(ce.mul(7.0)).add(confusion.mul(3.0)).rename("loss");
        sd.setLossVariables("loss");
        Map<String, INDArray> feed = Map.of("x", Nd4j.randn(DataType.DOUBLE, 2, 4));

        Map<String, INDArray> analytic = sd.calculateGradients(feed, "w", "mu", "logvar", "dec");

        for (String variable : new String[] { "w", "mu", "logvar", "dec" }) {
            INDArray numeric = FiniteDifferences.gradient(sd, feed, "loss", variable);
            double error = FiniteDifferences.worstRelativeError(analytic.get(variable), numeric);
            assertTrue(error < 1e-5, variable + ": analytic " + analytic.get(variable) + " numeric " + numeric);
        }
    }

    private static double[] logSoftmax(double[] row) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : row) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : row) {
            sum += Math.exp(value - max);
        }
        double[] result = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            result[i] = row[i] - max - Math.log(sum);
        }
        return result;
    }
}
