package maxwell.train.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Moves one parameter by its gradient with its own optimiser state. */
public interface ParameterUpdate {

    /**
     * @param gradient the gradient of this step; it may be overwritten
     * @param iteration the optimiser's step count, from 0
     */
    void apply(INDArray parameter, INDArray gradient, int iteration);
}
