package maxwell.train.graph;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a network's backward pass needs from its forward pass: each layer's input and its
 * (activated) output, and the network's output.
 */
record Pass(List<INDArray> inputs, List<INDArray> outputs, INDArray output) {
}
