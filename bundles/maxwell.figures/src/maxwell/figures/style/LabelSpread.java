package maxwell.figures.style;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Places labels at the ends of lines without printing them on top of each other: each label stays at
 * its line's end unless that is closer than a minimum gap to the label above it, in which case it moves
 * down to the gap. The highest line keeps its label where it ends.
 */
public final class LabelSpread {

    private LabelSpread() {
    }

    /** The label positions for lines ending at {@code ends}, in the same order, at least {@code gap} apart. */
    public static double[] downwards(double[] ends, double gap) {
        if (!(gap >= 0)) {
            throw new IllegalArgumentException("a gap is at least 0, got " + gap);
        }
        Integer[] order = new Integer[ends.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> ends[i]).reversed());
        double[] positions = new double[ends.length];
        double previous = Double.POSITIVE_INFINITY;
        for (int i : order) {
            positions[i] = Math.min(ends[i], previous - gap);
            previous = positions[i];
        }
        return positions;
    }
}
