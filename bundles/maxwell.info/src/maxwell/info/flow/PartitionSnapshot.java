package maxwell.info.flow;

/**
 * One partition's codes for the probe set at one evaluation point.
 *
 * @param name the partition's name, e.g. {@code content}; used in column names
 * @param codes the codes (rows = probe samples, same order at every point)
 * @param means encoder means per sample, or {@code null} (deterministic encoder)
 * @param variances encoder variances per sample (diagonal), or {@code null}
 */
public record PartitionSnapshot(String name, double[][] codes, double[][] means, double[][] variances) {

    public static PartitionSnapshot deterministic(String name, double[][] codes) {
        return new PartitionSnapshot(name, codes, null, null);
    }

    public boolean gaussian() {
        return means != null && variances != null;
    }
}
