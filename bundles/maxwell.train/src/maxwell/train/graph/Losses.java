package maxwell.train.graph;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The loss terms of the model with their gradients, written out by hand. Each term is a batch
 * mean of a per-sample sum, so terms of different sizes can be weighted by plain scalars (λ, β).
 * Every formula is checked against finite differences in LossesTest.
 */
final class Losses {

    private Losses() {
    }

    /** A loss value and its gradient with respect to the term's input. */
    record Term(double value, INDArray gradient) {
    }

    /** log softmax along rows, shifted by the row maximum so exp cannot overflow. */
    static INDArray logSoftmax(INDArray logits) {
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray logNormaliser = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        return shifted.subiColumnVector(logNormaliser);
    }

    /** Mean over rows of −Σ_k t_k log softmax(logits)_k; targets are rows of probabilities. */
    static Term crossEntropy(INDArray logits, INDArray targets) {
        long rows = logits.size(0);
        INDArray logProbabilities = logSoftmax(logits);
        double value = -logProbabilities.mul(targets).sumNumber().doubleValue() / rows;
        INDArray gradient = Transforms.exp(logProbabilities, false).subi(targets).divi(rows);
        return new Term(value, gradient);
    }

    /** Cross-entropy against the uniform distribution: what leaves the adversary maximally unsure. */
    static Term crossEntropyToUniform(INDArray logits) {
        long rows = logits.size(0);
        long classes = logits.size(1);
        INDArray logProbabilities = logSoftmax(logits);
        double value = -logProbabilities.sumNumber().doubleValue() / (rows * classes);
        INDArray gradient = Transforms.exp(logProbabilities, false).subi(1.0 / classes).divi(rows);
        return new Term(value, gradient);
    }

    /** Mean over rows of Σ (x − y)²; the gradient is with respect to the reconstruction y. */
    static Term squaredError(INDArray input, INDArray reconstruction) {
        long rows = input.size(0);
        INDArray difference = reconstruction.sub(input);
        double value = difference.mul(difference).sumNumber().doubleValue() / rows;
        return new Term(value, difference.muli(2.0 / rows));
    }

    /** KL(N(μ, e^s) ‖ N(0, I)) averaged over rows, with its gradients with respect to μ and s. */
    record GaussianKl(double value, INDArray meanGradient, INDArray logVarianceGradient) {
    }

    static GaussianKl gaussianKl(INDArray mean, INDArray logVariance) {
        long rows = mean.size(0);
        INDArray variance = Transforms.exp(logVariance, true);
        double value = -0.5 * (logVariance.sumNumber().doubleValue() + mean.length() - mean.mul(mean).sumNumber().doubleValue()
                - variance.sumNumber().doubleValue()) / rows;
        return new GaussianKl(value, mean.div(rows), variance.subi(1.0).muli(0.5 / rows));
    }

    /**
     * Pairing term: the share of the codes' spread that lies within groups, W/T with
     * W = Σ_i ‖μ_i − m_g(i)‖² (m_g the mean code of row i's group: one item seen in every domain)
     * and T = Σ_i ‖μ_i − μ̄‖². A plain W could be made small by shrinking every code, which drains
     * the partition of content as well; the ratio is scale-free, so it is small only when the codes
     * differ between items and agree within one. Gradient: (2(μ_i − m_g(i)) − 2R(μ_i − μ̄))/T; the
     * terms from the means' own derivatives sum to zero.
     */
    static Term pairing(INDArray codes, int[] groups) {
        int rows = groups.length;
        int[] sizes = new int[rows];
        for (int g : groups) {
            sizes[g]++;
        }
        // deviations = codes − A·codes, A averaging each row's group: one product instead of a loop
        double[] averaging = new double[rows * rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                if (groups[i] == groups[j]) {
                    averaging[i * rows + j] = 1.0 / sizes[groups[i]];
                }
            }
        }
        INDArray groupMeans = Nd4j.create(averaging, new long[] { rows, rows }).castTo(codes.dataType()).mmul(codes);
        INDArray withinGroups = codes.sub(groupMeans);
        INDArray aroundMean = codes.subRowVector(codes.mean(true, 0));
        double within = withinGroups.mul(withinGroups).sumNumber().doubleValue();
        double total = aroundMean.mul(aroundMean).sumNumber().doubleValue() + SPREAD_FLOOR;
        double ratio = within / total;
        INDArray gradient = withinGroups.subi(aroundMean.muli(ratio)).muli(2.0 / total);
        return new Term(ratio, gradient);
    }

    /** Keeps the pairing ratio defined when every code in a batch is the same. */
    private static final double SPREAD_FLOOR = 1e-12;
}
