package maxwell.info.significance;

/**
 * An information estimate recomputed on re-indexed data: the first variable (and any conditioning
 * variable) taken at {@code xRows}, the second at {@code yRows}. The original estimate is
 * {@code bits(identity, identity)}; a permutation surrogate pairs X with a shuffled Y; a resample
 * takes the same rows for both.
 */
@FunctionalInterface
public interface PairedStatistic {

    double bits(int[] xRows, int[] yRows);
}
