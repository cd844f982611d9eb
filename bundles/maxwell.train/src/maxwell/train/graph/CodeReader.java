package maxwell.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.train.graph.PartitionedModel.PartitionCode;

/**
 * Reads what the encoder and the demon make of a batch without training: the code of every
 * partition (for a Gaussian encoder its mean, i.e. noise 0, plus mean and log-variance) and the
 * demon's logits on the partition it watches.
 */
public final class CodeReader {

    private final PartitionedModel model;
    private final List<String> outputs = new ArrayList<>();

    public CodeReader(PartitionedModel model) {
        this.model = model;
        for (PartitionCode partition : model.partitions()) {
            outputs.add(GraphNames.code(partition.name()));
            if (model.gaussian()) {
                outputs.add(GraphNames.mean(partition.name()));
                outputs.add(GraphNames.logVariance(partition.name()));
            }
        }
        outputs.add(GraphNames.ADVERSARY_LOGITS);
    }

    /** What the model makes of one batch; arrays are copies the caller owns. */
    public Codes read(INDArray input, double lambda) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(GraphNames.INPUT, input);
        feed.put(GraphNames.LAMBDA, Nd4j.scalar(DataType.FLOAT, (float) lambda));
        if (model.gaussian()) {
            for (PartitionCode partition : model.partitions()) {
                feed.put(GraphNames.noise(partition.name()), Nd4j.zeros(DataType.FLOAT, input.size(0), partition.dimension()));
            }
        }
        // SameDiff may reuse its output buffers on the next call: copy at once (DL4J M2.1).
        Map<String, INDArray> raw = model.graph().output(feed, outputs);
        Map<String, float[]> codes = new LinkedHashMap<>();
        Map<String, float[]> means = new LinkedHashMap<>();
        Map<String, float[]> logVariances = new LinkedHashMap<>();
        for (PartitionCode partition : model.partitions()) {
            codes.put(partition.name(), flat(raw.get(GraphNames.code(partition.name()))));
            if (model.gaussian()) {
                means.put(partition.name(), flat(raw.get(GraphNames.mean(partition.name()))));
                logVariances.put(partition.name(), flat(raw.get(GraphNames.logVariance(partition.name()))));
            }
        }
        INDArray logits = raw.get(GraphNames.ADVERSARY_LOGITS);
        int[] predicted = logits.argMax(1).toIntVector();
        return new Codes((int) input.size(0), codes, means, logVariances, predicted);
    }

    private static float[] flat(INDArray array) {
        return array.dup().ravel().toFloatVector();
    }

    /**
     * @param codes per partition, row-major samples × dimension
     * @param means empty for a deterministic encoder
     * @param adversaryPredictions the demon's class for each sample
     */
    public record Codes(int samples, Map<String, float[]> codes, Map<String, float[]> means,
            Map<String, float[]> logVariances, int[] adversaryPredictions) {
    }
}
