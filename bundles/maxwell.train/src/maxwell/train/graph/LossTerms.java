package maxwell.train.graph;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * The loss terms of the adversarial-partition model, written from SameDiff primitives.
 *
 * <p>Why not {@code sd.loss.*}: in DL4J 1.0.0-M2.1 those ops ignore the upstream gradient, so
 * {@code λ·CE} back-propagates as if λ were 1 and every weighted sum of losses is silently
 * wrong. {@code sd.nn.logSoftmax} and {@code sd.math.logSumExp} fail in back-propagation. Each
 * term here is a batch mean of a per-sample sum, so terms of different sizes can be weighted
 * against each other by plain scalars (λ, β).
 */
public final class LossTerms {

    private LossTerms() {
    }

    /**
     * log softmax along dimension 1, as {@code x − m − log Σ exp(x − m)} with the row maximum
     * {@code m} held constant (it only guards exp against overflow; the value does not depend on it).
     */
    public static SDVariable logSoftmax(SameDiff sd, SDVariable logits) {
        SDVariable rowMax = new StopGradient(sd, logits.max(true, 1)).outputVariable();
        SDVariable shifted = logits.sub(rowMax);
        SDVariable logNormaliser = sd.math.log(sd.math.exp(shifted).sum(true, 1));
        return shifted.sub(logNormaliser);
    }

    /** Mean over the batch of {@code −Σ_k target_k · log softmax(logits)_k}; targets are rows of probabilities. */
    public static SDVariable crossEntropy(SameDiff sd, String name, SDVariable logits, SDVariable targetProbabilities) {
        SDVariable perSample = logSoftmax(sd, logits).mul(targetProbabilities).sum(1).neg();
        return perSample.mean().rename(name);
    }

    /**
     * Cross-entropy against the uniform distribution over the classes: what an encoder minimises
     * to leave the adversary maximally unsure (BiVAE's confusion term).
     */
    public static SDVariable crossEntropyToUniform(SameDiff sd, String name, SDVariable logits, int classes) {
        SDVariable perSample = logSoftmax(sd, logits).sum(1).div(-classes);
        return perSample.mean().rename(name);
    }

    /** Mean over the batch of the squared reconstruction error summed over the features. */
    public static SDVariable squaredError(SameDiff sd, String name, SDVariable input, SDVariable reconstruction) {
        SDVariable difference = input.sub(reconstruction);
        return difference.mul(difference).sum(1).mean().rename(name);
    }

    /**
     * Mean over the batch of KL(N(μ, exp(logVar)) ‖ N(0, I)) = −½ Σ (1 + logVar − μ² − exp(logVar)),
     * the VAE prior term of one partition.
     */
    public static SDVariable gaussianKl(SameDiff sd, String name, SDVariable mean, SDVariable logVariance) {
        SDVariable inner = logVariance.add(1.0).sub(mean.mul(mean)).sub(sd.math.exp(logVariance));
        return inner.sum(1).mul(-0.5).mean().rename(name);
    }
}
