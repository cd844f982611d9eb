package maxwell.train.graph;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * The gradient-reversal layer of DANN (Ganin &amp; Lempitsky 2015): identity on the way forward,
 * −λ times the gradient on the way back, so one optimiser step makes the adversary better at
 * reading the domain and the encoder better at hiding it.
 *
 * <p>Written as {@code −λ·z + stopGradient((1 + λ)·z)}: the forward value is z, and only the
 * first term carries a gradient. λ is a graph variable (a placeholder) so its schedule can change
 * it every step without rebuilding the graph.
 */
public final class GradientReversal {

    private GradientReversal() {
    }

    public static SDVariable reverse(SameDiff sd, String name, SDVariable z, SDVariable lambda) {
        SDVariable reversed = z.mul(lambda).neg();
        SDVariable passThrough = new StopGradient(sd, z.mul(lambda.add(1.0))).outputVariable();
        return reversed.add(passThrough).rename(name);
    }
}
