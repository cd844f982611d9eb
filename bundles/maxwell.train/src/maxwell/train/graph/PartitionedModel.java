package maxwell.train.graph;

import java.util.List;

import org.nd4j.autodiff.samediff.SameDiff;

import maxwell.model.AdversaryFormulation;

/**
 * The built graph of an adversarial-partition model and the variable groups the trainer updates
 * separately (the alternating game steps the adversary on its own).
 *
 * @param partitions the partitions in model order; {@code gaussian} says whether each needs noise fed
 */
public record PartitionedModel(SameDiff graph, ModelShape shape, AdversaryFormulation formulation, boolean gaussian,
        List<PartitionCode> partitions, String watchedPartition, List<String> autoencoderVariables,
        List<String> adversaryVariables) {

    /** A partition's name and code size. */
    public record PartitionCode(String name, int dimension) {
    }

    public List<String> allVariables() {
        return java.util.stream.Stream.concat(autoencoderVariables.stream(), adversaryVariables.stream()).toList();
    }
}
