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
        // a BLAS dot product: squaring into a new array and summing it took three times as long
        double value = Nd4j.getBlasWrapper().dot(difference, difference) / rows;
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

    /**
     * Domain MMD term: Σ_k MMD²(codes of domain k, codes of the whole batch) with a sum of Gaussian
     * kernels. A k-NN probe reads the domain from how the codes of each domain are spread; MMD
     * compares exactly those spreads and needs no pairs. Written as L = Σ_ij M_ij K_ij with
     * M = W·Wᵀ, W_ik = t_ik/n_k − 1/n (n_k the rows of domain k; a domain absent from the batch
     * contributes nothing) and K_ij = Σ_b exp(−D_ij/(h_b·D̄)), D_ij = ‖μ_i − μ_j‖².
     * <p>
     * The bandwidths are multiples {@link #MMD_BANDWIDTHS} of D̄, the mean squared distance of the
     * batch (rather than the median: the mean is differentiable, so its gradient is included), which
     * makes the term scale-free like {@link #pairing}: shrinking every code cannot lower it.
     * Gradient: ∂L/∂D_ij = B_ij = −M_ij Σ_b E_b,ij/(h_b D̄) + S/n² with
     * S = Σ_ij M_ij Σ_b E_b,ij D_ij/(h_b D̄²), and ∂L/∂μ_i = 4 Σ_j B_ij (μ_i − μ_j).
     *
     * @param targets one-hot rows of each row's domain (an all-zero row belongs to no domain)
     */
    static Term domainMmd(INDArray codes, INDArray targets) {
        long rows = codes.size(0);
        INDArray t = targets.castTo(codes.dataType());
        INDArray domainSizes = t.sum(true, 0);
        INDArray perDomain = t.divRowVector(Transforms.max(domainSizes, 1.0, true));
        // a domain without rows in this batch gets weight 0, not −1/n
        INDArray present = domainSizes.gt(0).castTo(codes.dataType());
        INDArray w = perDomain.subiRowVector(present.muli(1.0 / rows));
        INDArray m = w.mmul(w.transpose());

        INDArray squares = codes.mul(codes).sum(true, 1);
        INDArray distances = codes.mmul(codes.transpose()).muli(-2).addiColumnVector(squares).addiRowVector(squares.reshape(1, rows));
        Transforms.max(distances, 0.0, false);
        double meanDistance = distances.sumNumber().doubleValue() / (rows * rows) + SPREAD_FLOOR;

        double value = 0;
        double bandwidthSlope = 0;
        INDArray directGradient = distances.mul(0);
        for (double h : MMD_BANDWIDTHS) {
            double width = h * meanDistance;
            INDArray kernel = Transforms.exp(distances.div(-width), false);
            INDArray weighted = kernel.muli(m);
            value += weighted.sumNumber().doubleValue();
            bandwidthSlope += weighted.mul(distances).sumNumber().doubleValue() / (width * meanDistance);
            directGradient.subi(weighted.divi(width));
        }
        INDArray b = directGradient.addi(bandwidthSlope / (rows * rows));
        INDArray gradient = codes.mulColumnVector(b.sum(true, 1)).subi(b.mmul(codes)).muli(4);
        return new Term(value, gradient);
    }

    /**
     * Kernel widths as multiples of the batch's mean squared distance. A k-NN probe reads the
     * neighbourhoods, far smaller than the batch's spread: with these narrow widths the term left less
     * domain for it than with widths around the mean distance (0.25–2: fresh k-NN 0.51 against 0.48
     * on map tiles at weight 1000).
     */
    static final double[] MMD_BANDWIDTHS = { 0.02, 0.05, 0.1, 0.25 };

    /** Keeps the pairing ratio defined when every code in a batch is the same. */
    private static final double SPREAD_FLOOR = 1e-12;
}
