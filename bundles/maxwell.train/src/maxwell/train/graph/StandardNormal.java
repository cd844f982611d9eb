package maxwell.train.graph;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Standard-normal draws from a seeded generator owned by one run. ND4J's generator is shared by
 * the process, so runs training side by side would disturb each other's draws.
 */
public final class StandardNormal {

    private final SplittableRandom random;

    public StandardNormal(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Box–Muller transform of two uniform draws. */
    public double next() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public INDArray matrix(long rows, long columns, double scale) {
        float[] values = new float[Math.toIntExact(rows * columns)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (next() * scale);
        }
        return Nd4j.create(values, new long[] { rows, columns }, DataType.FLOAT);
    }
}
