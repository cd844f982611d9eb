package maxwell.info.flow;

import java.util.List;

/**
 * The probe set's codes at one evaluation point t (e.g. an epoch), with its labels.
 *
 * @param point a label for the evaluation point, e.g. {@code epoch 3}
 * @param partitions the partitions' codes, in model order
 * @param domains domain label D per probe sample
 * @param contents content label C per probe sample
 * @param factors ground-truth factors (rows = samples, columns = factors), or {@code null}
 */
public record Snapshot(String point, List<PartitionSnapshot> partitions, int[] domains, int[] contents, int[][] factors) {

    public Snapshot {
        partitions = List.copyOf(partitions);
    }

    public int samples() {
        return domains.length;
    }
}
