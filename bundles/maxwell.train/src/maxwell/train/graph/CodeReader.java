package maxwell.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import maxwell.train.graph.PartitionedModel.Encoding;
import maxwell.train.graph.PartitionedModel.PartitionCode;

/**
 * Reads what the encoder and the demon make of a batch without training: the code of every
 * partition (for a Gaussian encoder its mean, i.e. noise 0, plus mean and log-variance) and the
 * demon's class for each sample, read from the partition it watches.
 */
public final class CodeReader {

    private final PartitionedModel model;

    public CodeReader(PartitionedModel model) {
        this.model = model;
    }

    /** What the model makes of one batch; arrays are copies the caller owns. */
    public Codes read(INDArray input) {
        long rows = input.size(0);
        List<INDArray> zeroNoise = new ArrayList<>();
        for (PartitionCode partition : model.partitions()) {
            zeroNoise.add(Nd4j.zeros(model.dataType(), rows, partition.dimension()));
        }
        Encoding encoding = model.encode(input, zeroNoise);
        Map<String, float[]> codes = new LinkedHashMap<>();
        Map<String, float[]> means = new LinkedHashMap<>();
        Map<String, float[]> logVariances = new LinkedHashMap<>();
        int watched = 0;
        for (int p = 0; p < model.partitions().size(); p++) {
            String name = model.partitions().get(p).name();
            codes.put(name, flat(encoding.codes().get(p)));
            if (model.gaussian()) {
                means.put(name, flat(encoding.means().get(p)));
                logVariances.put(name, flat(encoding.logVariances().get(p)));
            }
            if (name.equals(model.watchedPartition())) {
                watched = p;
            }
        }
        INDArray watchedCode = encoding.codes().get(watched);
        int[] predicted = model.adversaryLogits(watchedCode).argMax(1).toIntVector();
        List<int[]> eachDemon = model.demons() == 1 ? List.of(predicted)
                : model.demonLogits(watchedCode).stream().map(logits -> logits.argMax(1).toIntVector()).toList();
        return new Codes((int) rows, codes, means, logVariances, predicted, eachDemon);
    }

    private static float[] flat(INDArray array) {
        return array.dup().ravel().toFloatVector();
    }

    /**
     * @param codes per partition, row-major samples × dimension
     * @param means empty for a deterministic encoder
     * @param adversaryPredictions the demon's class for each sample (with an ensemble, the class of the
     *        demons' mean probabilities)
     * @param demonPredictions each demon's own class for each sample, in ensemble order
     */
    public record Codes(int samples, Map<String, float[]> codes, Map<String, float[]> means,
            Map<String, float[]> logVariances, int[] adversaryPredictions, List<int[]> demonPredictions) {
    }
}
