package maxwell.core.store;

import java.util.List;
import java.util.Objects;

/**
 * The codes of the fixed probe set at one evaluation point: what every information measure and
 * partition view is computed from.
 *
 * @param step optimisation steps done when the snapshot was taken
 * @param epoch training progress in epochs (fractional)
 * @param domainLabels per probe sample
 * @param contentLabels per probe sample; −1 where the data has no content label
 */
public record LatentSnapshot(long step, double epoch, int[] domainLabels, int[] contentLabels,
        List<PartitionCodes> partitions) {

    public LatentSnapshot {
        Objects.requireNonNull(domainLabels, "domainLabels");
        Objects.requireNonNull(contentLabels, "contentLabels");
        partitions = List.copyOf(partitions);
        if (contentLabels.length != domainLabels.length) {
            throw new IllegalArgumentException("content labels (" + contentLabels.length + ") and domain labels ("
                    + domainLabels.length + ") must cover the same samples");
        }
        for (PartitionCodes partition : partitions) {
            if (partition.samples() != domainLabels.length) {
                throw new IllegalArgumentException("partition '" + partition.name() + "' has codes for "
                        + partition.samples() + " samples, the labels for " + domainLabels.length);
            }
        }
    }

    public int samples() {
        return domainLabels.length;
    }

    public PartitionCodes partition(String name) {
        for (PartitionCodes partition : partitions) {
            if (partition.name().equals(name)) {
                return partition;
            }
        }
        throw new IllegalArgumentException("the snapshot has no partition '" + name + "'");
    }

    /**
     * One partition's codes, row-major {@code samples × dimension}.
     *
     * @param means encoder means of a Gaussian partition, or {@code null}
     * @param logVariances encoder log-variances of a Gaussian partition, or {@code null}
     */
    public record PartitionCodes(String name, int dimension, float[] codes, float[] means, float[] logVariances) {

        public PartitionCodes {
            Objects.requireNonNull(name, "name");
            if (dimension < 1 || codes.length % dimension != 0) {
                throw new IllegalArgumentException("partition '" + name + "': " + codes.length
                        + " values do not make rows of dimension " + dimension);
            }
            if ((means != null && means.length != codes.length)
                    || (logVariances != null && logVariances.length != codes.length)) {
                throw new IllegalArgumentException("partition '" + name + "': means and variances must match the codes");
            }
        }

        public int samples() {
            return codes.length / dimension;
        }

        /** The codes as rows, the form the estimators take. */
        public double[][] rows() {
            double[][] rows = new double[samples()][dimension];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < dimension; j++) {
                    rows[i][j] = codes[i * dimension + j];
                }
            }
            return rows;
        }
    }
}
