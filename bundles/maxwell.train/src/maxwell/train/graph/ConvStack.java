package maxwell.train.graph;

import java.util.ArrayList;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The convolutional encoder: conv layers with ReLU on images given as flattened CHW rows, its
 * output flattened back to rows for the partition heads.
 */
final class ConvStack implements Network {

    private final List<Conv> layers;
    private final int channels;
    private final int height;
    private final int width;

    ConvStack(List<Conv> layers, int channels, int height, int width) {
        this.layers = List.copyOf(layers);
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    @Override
    public Pass forward(INDArray input) {
        List<INDArray> inputs = new ArrayList<>();
        List<INDArray> outputs = new ArrayList<>();
        INDArray activation = input.reshape('c', input.size(0), channels, height, width);
        for (Conv layer : layers) {
            inputs.add(activation);
            activation = Transforms.relu(layer.forward(activation), false);
            outputs.add(activation);
        }
        return new Pass(inputs, outputs, activation.reshape('c', input.size(0), activation.length() / input.size(0)));
    }

    @Override
    public INDArray backward(Pass pass, INDArray outputGradient, Gradients gradients, boolean wantInputGradient) {
        INDArray last = pass.outputs().get(pass.outputs().size() - 1);
        INDArray gradient = outputGradient.reshape('c', last.shape());
        for (int i = layers.size() - 1; i >= 0; i--) {
            gradient = gradient.mul(Transforms.step(pass.outputs().get(i), true));
            gradient = layers.get(i).backward(pass.inputs().get(i), gradient, gradients, wantInputGradient || i > 0);
        }
        return gradient == null ? null : gradient.reshape('c', gradient.size(0), (long) channels * height * width);
    }

    /** Values per image after the stack. */
    static long outputSize(List<Integer> channelsPerLayer, int height, int width) {
        int h = height;
        int w = width;
        for (int i = 0; i < channelsPerLayer.size(); i++) {
            h = Conv.outputSize(h);
            w = Conv.outputSize(w);
        }
        return (long) channelsPerLayer.get(channelsPerLayer.size() - 1) * h * w;
    }
}
