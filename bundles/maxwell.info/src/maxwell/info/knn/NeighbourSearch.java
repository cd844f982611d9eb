package maxwell.info.knn;

/**
 * Which exact neighbour search the kNN estimators use. Both give identical results; they differ
 * in cost.
 *
 * <p>A k-d tree answers a query in O(log N) when the dimension is low, so an estimator costs
 * O(N log N). In high dimension (here: joint dimension above {@link #TREE_MAX_DIMENSION}) its
 * pruning fails (the max-norm ball of a 16-D KSG query spans more than half of every coordinate's
 * range) and it becomes slower than a plain scan; no exact method is O(N log N) there. The scan
 * computes distances column by column over contiguous arrays, which the JIT vectorises, and costs
 * O(N² d) with a small constant.
 */
public enum NeighbourSearch {
    /** Tree for joint dimension ≤ {@link #TREE_MAX_DIMENSION}, scan above. */
    AUTO,
    TREE,
    SCAN;

    public static final int TREE_MAX_DIMENSION = 6;

    public boolean useTree(int jointDimension) {
        return this == TREE || (this == AUTO && jointDimension <= TREE_MAX_DIMENSION);
    }
}
