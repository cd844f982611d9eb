package maxwell.info.probe;

import java.util.Arrays;

/** Maps arbitrary int labels to class indices 0..C−1 (in increasing label order). */
public final class LabelIndex {

    private final int[] values;

    public LabelIndex(int[] labels) {
        this.values = Arrays.stream(labels).distinct().sorted().toArray();
    }

    public int classes() {
        return values.length;
    }

    public int[] indices(int[] labels) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = Arrays.binarySearch(values, labels[i]);
        }
        return out;
    }
}
