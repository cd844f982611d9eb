package maxwell.train.graph;

/**
 * The sizes the graph needs that the experiment file does not hold: they come from the data.
 *
 * @param inputSize values per image (channels × height × width)
 * @param adversaryClasses how many classes the adversary tells apart (domains or content classes)
 */
public record ModelShape(int inputSize, int adversaryClasses) {

    public ModelShape {
        if (inputSize < 1) {
            throw new IllegalArgumentException("the input needs at least one value, got " + inputSize);
        }
        if (adversaryClasses < 2) {
            throw new IllegalArgumentException("the adversary needs at least 2 classes to tell apart, got " + adversaryClasses);
        }
    }
}
