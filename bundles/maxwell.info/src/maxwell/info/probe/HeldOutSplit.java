package maxwell.info.probe;

import maxwell.info.significance.Seeds;

/** A seeded split of coded samples into the part a probe trains on and the part it is judged on. */
public record HeldOutSplit(double[][] trainCodes, int[] trainLabels, double[][] testCodes, int[] testLabels) {

    /**
     * @param labels class indices (see {@link LabelIndex})
     * @param heldOutFraction share of the samples kept for evaluation, in (0, 1)
     */
    public static HeldOutSplit of(double[][] codes, int[] labels, double heldOutFraction, long seed) {
        int[][] rows = rows(codes.length, heldOutFraction, seed);
        double[][] xTrain = new double[rows[0].length][];
        int[] yTrain = new int[rows[0].length];
        double[][] xTest = new double[rows[1].length][];
        int[] yTest = new int[rows[1].length];
        for (int i = 0; i < rows[0].length; i++) {
            xTrain[i] = codes[rows[0][i]];
            yTrain[i] = labels[rows[0][i]];
        }
        for (int i = 0; i < rows[1].length; i++) {
            xTest[i] = codes[rows[1][i]];
            yTest[i] = labels[rows[1][i]];
        }
        return new HeldOutSplit(xTrain, yTrain, xTest, yTest);
    }

    /**
     * The row numbers {@link #of} puts on each side, for callers that need to know which sample is
     * where (e.g. to group the held-out samples by another label).
     *
     * @return {training rows, held-out rows}
     */
    public static int[][] rows(int n, double heldOutFraction, long seed) {
        int[] order = Seeds.permutation(n, Seeds.stream(seed, 0));
        int test = Math.max(1, (int) Math.round(n * heldOutFraction));
        int train = n - test;
        return new int[][] { java.util.Arrays.copyOfRange(order, 0, train), java.util.Arrays.copyOfRange(order, train, n) };
    }
}
