package maxwell.train.graph;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A stack of layers with a forward pass that remembers what its backward pass needs. */
interface Network {

    Pass forward(INDArray input);

    /**
     * Adds parameter gradients to {@code gradients} (unless null: a frozen use) and returns the
     * gradient with respect to the input (unless not wanted).
     *
     * @param outputGradient the gradient with respect to {@link Pass#output()}; it may be modified
     */
    INDArray backward(Pass pass, INDArray outputGradient, Gradients gradients, boolean wantInputGradient);
}
