package maxwell.train.graph;

/**
 * The sizes the model needs that the experiment file does not hold: they come from the data.
 *
 * @param inputSize values per image (channels × height × width)
 * @param adversaryClasses how many classes the adversary tells apart (domains or content classes)
 * @param channels image channels; images are flattened channel by channel (CHW)
 * @param height image rows
 * @param width image columns
 */
public record ModelShape(int inputSize, int adversaryClasses, int channels, int height, int width) {

    public ModelShape {
        if (inputSize < 1) {
            throw new IllegalArgumentException("the input needs at least one value, got " + inputSize);
        }
        if (adversaryClasses < 2) {
            throw new IllegalArgumentException("the adversary needs at least 2 classes to tell apart, got " + adversaryClasses);
        }
        if ((long) channels * height * width != inputSize) {
            throw new IllegalArgumentException(
                    "an image of " + channels + " × " + height + " × " + width + " does not have " + inputSize + " values");
        }
    }

    /** A flat input without image geometry: only MLP encoders can read it. */
    public ModelShape(int inputSize, int adversaryClasses) {
        this(inputSize, adversaryClasses, 1, 1, inputSize);
    }

    /** Images of {@code channels × size × size}. */
    public static ModelShape ofImages(int channels, int size, int adversaryClasses) {
        return new ModelShape(channels * size * size, adversaryClasses, channels, size, size);
    }
}
