package maxwell.train.graph;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Initial weights from the experiment's seed alone. ND4J's own generator is shared process
 * state, so runs training side by side would disturb each other's initialisation.
 */
final class Weights {

    private final StandardNormal normal;

    Weights(long seed) {
        this.normal = new StandardNormal(seed);
    }

    /** Glorot/Xavier normal: N(0, 2 / (fanIn + fanOut)). */
    INDArray xavier(int fanIn, int fanOut) {
        return normal.matrix(fanIn, fanOut, Math.sqrt(2.0 / (fanIn + fanOut)));
    }

    /** A convolution kernel [k, k, in, out], Glorot normal with fan-in k²·in and fan-out k²·out. */
    INDArray convolution(int kernel, int in, int out) {
        int area = kernel * kernel;
        return normal.matrix((long) area * in, out, Math.sqrt(2.0 / (area * in + area * out))).reshape('c', kernel, kernel, in, out);
    }
}
