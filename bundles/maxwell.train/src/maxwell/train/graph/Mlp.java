package maxwell.train.graph;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Dense layers with ReLU between them, and after the last one if asked. */
final class Mlp implements Network {

    private final List<Dense> layers;
    private final boolean reluAfterLast;

    Mlp(List<Dense> layers, boolean reluAfterLast) {
        this.layers = List.copyOf(layers);
        this.reluAfterLast = reluAfterLast;
    }

    @Override
    public Pass forward(INDArray input) {
        List<INDArray> inputs = new ArrayList<>();
        List<INDArray> outputs = new ArrayList<>();
        INDArray activation = input;
        for (int i = 0; i < layers.size(); i++) {
            inputs.add(activation);
            activation = layers.get(i).forward(activation);
            if (reluAfter(i)) {
                Transforms.relu(activation, false);
            }
            outputs.add(activation);
        }
        return new Pass(inputs, outputs, layers.isEmpty() ? input : activation);
    }

    @Override
    public INDArray backward(Pass pass, INDArray outputGradient, Gradients gradients, boolean wantInputGradient) {
        INDArray gradient = outputGradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (reluAfter(i)) {
                // ReLU's derivative read off its output: 1 where the output is positive
                gradient.muli(Transforms.step(pass.outputs().get(i), true));
            }
            gradient = layers.get(i).backward(pass.inputs().get(i), gradient, gradients, wantInputGradient || i > 0);
        }
        return gradient;
    }

    private boolean reluAfter(int layer) {
        return layer < layers.size() - 1 || reluAfterLast;
    }
}
