package maxwell.train.graph;

import java.util.List;
import java.util.Map;

import maxwell.train.graph.PartitionedModel.PartitionCode;
import maxwell.train.step.TrainerState;

/**
 * Turns partition codes back into images with the decoder weights of a checkpoint, without
 * building a graph: what a swap grid needs (decode z_c of one image with z_s of another), done in
 * plain Java because a grid is a few dozen images. It mirrors the decoder that
 * {@link PartitionedModelBuilder} builds: Σ_p z_p·W_p + b, then ReLU layers dec0, dec1, ..., the
 * last one without ReLU, then a sigmoid.
 */
public final class CodeDecoder {

    private final List<PartitionCode> partitions;
    private final TrainerState state;

    public CodeDecoder(List<PartitionCode> partitions, TrainerState state) {
        this.partitions = List.copyOf(partitions);
        this.state = state;
        for (PartitionCode partition : partitions) {
            requireWeight("dec_in_" + partition.name() + "_w");
        }
        requireWeight("dec_in_b");
    }

    /**
     * @param codes per partition name, row-major samples × dimension
     * @return samples × image length values in [0, 1], in the model's input layout (CHW)
     */
    public float[] decode(Map<String, float[]> codes, int samples) {
        float[] activation = null;
        for (PartitionCode partition : partitions) {
            float[] code = codes.get(partition.name());
            if (code == null || code.length != samples * partition.dimension()) {
                throw new IllegalArgumentException("need " + samples + " codes of partition '" + partition.name() + "'");
            }
            float[] term = multiply(code, samples, "dec_in_" + partition.name() + "_w");
            activation = activation == null ? term : add(activation, term);
        }
        addBias(activation, samples, "dec_in_b");
        if (!state.weights().containsKey("dec0_w")) {
            return sigmoid(activation);
        }
        relu(activation);
        int layers = 0;
        while (state.weights().containsKey("dec" + layers + "_w")) {
            layers++;
        }
        for (int layer = 0; layer < layers; layer++) {
            activation = multiply(activation, samples, "dec" + layer + "_w");
            addBias(activation, samples, "dec" + layer + "_b");
            if (layer < layers - 1) {
                relu(activation);
            }
        }
        return sigmoid(activation);
    }

    private float[] multiply(float[] rows, int samples, String weight) {
        long[] shape = state.shapes().get(weight);
        int in = (int) shape[0];
        int out = (int) shape[1];
        float[] w = state.weights().get(weight);
        if (rows.length != samples * in) {
            throw new IllegalArgumentException(weight + " takes " + in + " inputs per sample, got " + rows.length / samples);
        }
        float[] result = new float[samples * out];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < in; i++) {
                float x = rows[s * in + i];
                if (x == 0f) {
                    continue;
                }
                int rowOffset = i * out;
                int resultOffset = s * out;
                for (int o = 0; o < out; o++) {
                    result[resultOffset + o] += x * w[rowOffset + o];
                }
            }
        }
        return result;
    }

    private void addBias(float[] activation, int samples, String bias) {
        float[] b = state.weights().get(bias);
        int width = activation.length / samples;
        for (int s = 0; s < samples; s++) {
            for (int o = 0; o < width; o++) {
                activation[s * width + o] += b[o];
            }
        }
    }

    private static float[] add(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static void relu(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0f, values[i]);
        }
    }

    private static float[] sigmoid(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (1 / (1 + Math.exp(-values[i])));
        }
        return values;
    }

    private void requireWeight(String name) {
        if (!state.weights().containsKey(name) || !state.shapes().containsKey(name)) {
            throw new IllegalArgumentException("the checkpoint has no decoder weight '" + name
                    + "': it was written by another model");
        }
    }
}
