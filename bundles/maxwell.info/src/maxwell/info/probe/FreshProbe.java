package maxwell.info.probe;

/**
 * Classifiers trained from scratch on a snapshot's codes and judged on a held-out part: what a
 * newcomer can read from a partition, as opposed to what the trained adversary believes.
 */
public final class FreshProbe {

    public static final int NEIGHBOURS = 10;
    public static final double HELD_OUT = 0.3;

    private FreshProbe() {
    }

    /**
     * @param linear held-out accuracy of a multinomial logistic regression
     * @param nearestNeighbour held-out accuracy of a k-NN vote ({@link #NEIGHBOURS} neighbours)
     * @param majority accuracy of always answering the most frequent training label (chance level)
     */
    public record Accuracies(double linear, double nearestNeighbour, double majority) {
    }

    public static Accuracies measure(double[][] codes, int[] labels, long seed) {
        if (codes.length != labels.length) {
            throw new IllegalArgumentException(codes.length + " codes but " + labels.length + " labels");
        }
        if (codes.length < 10) {
            throw new IllegalArgumentException("a fresh probe needs at least 10 samples, got " + codes.length);
        }
        LabelIndex index = new LabelIndex(labels);
        HeldOutSplit split = HeldOutSplit.of(codes, index.indices(labels), HELD_OUT, seed);
        LogisticRegression linear = LogisticRegression.fit(split.trainCodes(), split.trainLabels(), index.classes(), 1e-4, 300);
        NearestNeighbourClassifier neighbours = NearestNeighbourClassifier.fit(split.trainCodes(), split.trainLabels(),
                index.classes(), NEIGHBOURS);
        return new Accuracies(linear.accuracy(split.testCodes(), split.testLabels()),
                neighbours.accuracy(split.testCodes(), split.testLabels()),
                majorityAccuracy(split.trainLabels(), split.testLabels(), index.classes()));
    }

    private static double majorityAccuracy(int[] train, int[] test, int classes) {
        int[] counts = new int[classes];
        for (int label : train) {
            counts[label]++;
        }
        int majority = 0;
        for (int c = 1; c < classes; c++) {
            if (counts[c] > counts[majority]) {
                majority = c;
            }
        }
        int right = 0;
        for (int label : test) {
            if (label == majority) {
                right++;
            }
        }
        return (double) right / test.length;
    }
}
