package maxwell.train.step;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Moves one parameter by its gradient with its own optimiser state. */
public interface ParameterUpdate {

    /**
     * @param gradient the gradient of this step; it may be overwritten
     * @param iteration the optimiser's step count, from 0
     * @param learningRateFactor this step's share of the configured learning rate (a schedule's value)
     */
    void apply(INDArray parameter, INDArray gradient, int iteration, double learningRateFactor);
}
