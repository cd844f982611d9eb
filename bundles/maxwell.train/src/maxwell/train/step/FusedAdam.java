package maxwell.train.step;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam for float parameters in one pass over the parameter, its gradient and the two moments:
 * the same arithmetic as DL4J's AdamUpdater (bias correction folded into the step size, ε added to
 * √v), without its native op, which took 5 ns per element here (a third of a training step of the
 * default model) against 2 ns for this loop. The state is DL4J's layout, first moments then second
 * moments in one row, so checkpoints are the same either way. Elements are independent: splitting
 * the loop over threads changes no result.
 */
public final class FusedAdam implements ParameterUpdate {

    /** Below this many elements one thread is quicker than handing out work. */
    private static final int PARALLEL_FROM = 1 << 16;
    private static final int CHUNKS = 8;
    /** Elements per block of the loop: four blocks of floats fit in a core's L1 cache. */
    private static final int BLOCK = 2048;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[4][BLOCK]);

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final FloatBuffer moments;
    private final int length;

    /** @param state a float row of 2 × the parameter's length, zero for a fresh start */
    public FusedAdam(double learningRate, double beta1, double beta2, double epsilon, INDArray state, long length) {
        if (!fits(state, 2 * length)) {
            throw new IllegalArgumentException("Adam's state must be a dense float array of " + 2 * length + " values");
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.moments = state.data().asNioFloat();
        this.length = Math.toIntExact(length);
    }

    /** Whether the loop can run over the array's buffer: float, dense, its own buffer from the start. */
    public static boolean fits(INDArray array, long length) {
        return array.dataType() == DataType.FLOAT && array.length() == length && array.offset() == 0
                && array.data().length() == length && array.ordering() == 'c' && array.elementWiseStride() == 1;
    }

    @Override
    public void apply(INDArray parameter, INDArray gradient, int iteration, double learningRateFactor) {
        if (!fits(parameter, length) || !fits(gradient, length)) {
            throw new IllegalArgumentException("Adam's fused step needs dense float arrays of " + length + " values");
        }
        double beta1t = Math.pow(beta1, iteration + 1);
        double beta2t = Math.pow(beta2, iteration + 1);
        double stepSize = learningRate * learningRateFactor * Math.sqrt(1 - beta2t) / (1 - beta1t);
        if (!Double.isFinite(stepSize) || stepSize == 0) {
            stepSize = epsilon; // as DL4J does when the correction degenerates
        }
        FloatBuffer p = parameter.data().asNioFloat();
        FloatBuffer g = gradient.data().asNioFloat();
        float alpha = (float) stepSize;
        if (length < PARALLEL_FROM) {
            update(p, g, 0, length, alpha);
        } else {
            IntStream.range(0, CHUNKS).parallel().forEach(chunk -> update(p, g, (int) ((long) chunk * length / CHUNKS),
                    (int) ((long) (chunk + 1) * length / CHUNKS), alpha));
        }
    }

    /**
     * The loop runs over blocks copied into heap arrays: indexed access to a direct buffer is not
     * vectorised, a loop over arrays is, and the bulk copies are memcpy (3.1 → 2.0 ms per step for
     * the default model's 3.5 million parameters on 2 cores).
     */
    private void update(FloatBuffer p, FloatBuffer g, int from, int to, float alpha) {
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float eps = (float) epsilon;
        float[][] scratch = SCRATCH.get();
        float[] ps = scratch[0];
        float[] gs = scratch[1];
        float[] ms = scratch[2];
        float[] vs = scratch[3];
        for (int start = from; start < to; start += BLOCK) {
            int n = Math.min(BLOCK, to - start);
            p.get(start, ps, 0, n);
            g.get(start, gs, 0, n);
            moments.get(start, ms, 0, n);
            moments.get(length + start, vs, 0, n);
            for (int i = 0; i < n; i++) {
                float gi = gs[i];
                float m = b1 * ms[i] + gi * (1 - b1);
                float v = b2 * vs[i] + gi * gi * (1 - b2);
                ms[i] = m;
                vs[i] = v;
                ps[i] = ps[i] - m * alpha / ((float) Math.sqrt(v) + eps);
            }
            p.put(start, ps, 0, n);
            moments.put(start, ms, 0, n);
            moments.put(length + start, vs, 0, n);
        }
    }
}
