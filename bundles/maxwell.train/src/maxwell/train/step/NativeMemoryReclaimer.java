package maxwell.train.step;

/**
 * Frees the native memory of the arrays that training steps discard by asking for a garbage
 * collection every few steps. ND4J releases an array's off-heap buffer only when the Java object
 * holding it is collected, and a step leaves megabytes of garbage off the heap but only kilobytes on
 * it, so the collector by itself runs far too seldom: a default map-tile run grew to 8.6 GB resident,
 * and three runs at once were killed by the kernel on a 24 GB machine. Every 50 steps kept the same
 * run at 1.5 GB and made it no slower (releng/maxwell.train.benchmarks/memory.sh).
 */
public final class NativeMemoryReclaimer {

    /** The system property {@code maxwell.gcSteps} overrides it (0: never), for the benchmark. */
    public static final int DEFAULT_STEPS_BETWEEN_COLLECTIONS = 50;

    private final int stepsBetweenCollections;
    private final Runnable collect;
    private int stepsSinceCollection;

    /**
     * @param stepsBetweenCollections 0 or less: never collect
     * @param collect what asks for the collection ({@code System::gc} in training)
     */
    public NativeMemoryReclaimer(int stepsBetweenCollections, Runnable collect) {
        this.stepsBetweenCollections = stepsBetweenCollections;
        this.collect = collect;
    }

    /** The reclaimer training uses: {@code System.gc()} every {@code maxwell.gcSteps} steps. */
    public static NativeMemoryReclaimer forTraining() {
        return new NativeMemoryReclaimer(Integer.getInteger("maxwell.gcSteps", DEFAULT_STEPS_BETWEEN_COLLECTIONS), System::gc);
    }

    public void stepDone() {
        if (stepsBetweenCollections > 0 && ++stepsSinceCollection >= stepsBetweenCollections) {
            stepsSinceCollection = 0;
            collect.run();
        }
    }
}
