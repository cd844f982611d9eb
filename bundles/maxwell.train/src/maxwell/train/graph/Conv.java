package maxwell.train.graph;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution on NCHW batches with a k × k kernel, stride 2 and padding 1: each layer
 * halves the image (rounding down for odd sizes). Runs libnd4j's conv2d and conv2d_bp ops;
 * weights are [k, k, in, out], the bias has one value per output channel.
 */
final class Conv {

    static final int KERNEL = 4;
    static final int STRIDE = 2;
    static final int PADDING = 1;

    private final String weightName;
    private final String biasName;
    private final INDArray weights;
    private final INDArray bias;

    Conv(String weightName, INDArray weights, String biasName, INDArray bias) {
        this.weightName = weightName;
        this.weights = weights;
        this.biasName = biasName;
        this.bias = bias;
    }

    static int outputSize(int inputSize) {
        return (inputSize + 2 * PADDING - KERNEL) / STRIDE + 1;
    }

    INDArray forward(INDArray input) {
        INDArray output = Nd4j.createUninitialized(input.dataType(), input.size(0), weights.size(3),
                outputSize((int) input.size(2)), outputSize((int) input.size(3)));
        Nd4j.exec(op("conv2d").addInputs(input, weights, bias).addOutputs(output).build());
        return output;
    }

    INDArray backward(INDArray input, INDArray outputGradient, Gradients gradients, boolean wantInputGradient) {
        INDArray inputGradient = Nd4j.createUninitialized(input.dataType(), input.shape());
        INDArray weightGradient = Nd4j.createUninitialized(weights.dataType(), weights.shape());
        INDArray biasGradient = Nd4j.createUninitialized(bias.dataType(), bias.shape());
        Nd4j.exec(op("conv2d_bp").addInputs(input, weights, bias, outputGradient)
                .addOutputs(inputGradient, weightGradient, biasGradient).build());
        if (gradients != null) {
            gradients.of(weightName).addi(weightGradient);
            gradients.of(biasName).addi(biasGradient);
        }
        return wantInputGradient ? inputGradient : null;
    }

    /** Integer arguments: kernel, stride, padding, dilation, explicit padding, NCHW, weights [kH, kW, iC, oC]. */
    private static DynamicCustomOp.DynamicCustomOpsBuilder op(String name) {
        return DynamicCustomOp.builder(name).addIntegerArguments(KERNEL, KERNEL, STRIDE, STRIDE, PADDING, PADDING, 1, 1, 0, 0, 0);
    }
}
