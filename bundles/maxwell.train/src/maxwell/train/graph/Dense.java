package maxwell.train.graph;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer {@code x·W + b} on rows of samples. Products go through
 * {@code Nd4j.gemm} with transpose flags into fresh outputs: {@code INDArray.mmul} on a
 * transposed view copies it first and was 4–20× slower for these shapes (dl4j-notes).
 */
final class Dense {

    private final String weightName;
    private final String biasName;
    private final INDArray weights;
    private final INDArray bias;

    /** @param bias a 1 × out row, or null for a layer without bias */
    Dense(String weightName, INDArray weights, String biasName, INDArray bias) {
        this.weightName = weightName;
        this.weights = weights;
        this.biasName = biasName;
        this.bias = bias;
    }

    INDArray forward(INDArray input) {
        INDArray output = Nd4j.createUninitialized(input.dataType(), input.size(0), weights.size(1));
        Nd4j.gemm(input, weights, output, false, false, 1.0, 0.0);
        if (bias != null) {
            output.addiRowVector(bias);
        }
        return output;
    }

    /**
     * Adds this layer's parameter gradients to {@code gradients} (unless null: a frozen use of the
     * layer) and returns the gradient with respect to the input (unless not wanted).
     */
    INDArray backward(INDArray input, INDArray outputGradient, Gradients gradients, boolean wantInputGradient) {
        if (gradients != null) {
            gradients.addProduct(weightName, input, outputGradient, true, false);
            if (bias != null) {
                gradients.addColumnSums(biasName, outputGradient);
            }
        }
        if (!wantInputGradient) {
            return null;
        }
        INDArray inputGradient = Nd4j.createUninitialized(outputGradient.dataType(), outputGradient.size(0), weights.size(0));
        Nd4j.gemm(outputGradient, weights, inputGradient, false, true, 1.0, 0.0);
        return inputGradient;
    }

    long inputSize() {
        return weights.size(0);
    }

    long outputSize() {
        return weights.size(1);
    }
}
