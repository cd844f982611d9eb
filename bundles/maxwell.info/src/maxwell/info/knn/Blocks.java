package maxwell.info.knn;

import java.util.stream.IntStream;

/**
 * Runs a per-sample loop in blocks, on several cores when asked. Each sample's result goes to its
 * own slot and sums are taken afterwards in index order, so results never depend on the number of
 * threads.
 */
public final class Blocks {

    /** Below this many samples the loop stays on the calling thread. */
    public static final int PARALLEL_THRESHOLD = 2000;
    private static final int BLOCK = 128;

    @FunctionalInterface
    public interface Body {
        void run(int from, int to);
    }

    private Blocks() {
    }

    public static void forEach(int n, boolean parallel, Body body) {
        int blocks = (n + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (parallel && n >= PARALLEL_THRESHOLD ? range.parallel() : range)
                .forEach(b -> body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
    }
}
