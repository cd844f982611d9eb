package maxwell.info.probe;

import maxwell.info.significance.Seeds;

/** A seeded split of coded samples into the part a probe trains on and the part it is judged on. */
public record HeldOutSplit(double[][] trainCodes, int[] trainLabels, double[][] testCodes, int[] testLabels) {

    /**
     * @param labels class indices (see {@link LabelIndex})
     * @param heldOutFraction share of the samples kept for evaluation, in (0, 1)
     */
    public static HeldOutSplit of(double[][] codes, int[] labels, double heldOutFraction, long seed) {
        int n = codes.length;
        int[] order = Seeds.permutation(n, Seeds.stream(seed, 0));
        int test = Math.max(1, (int) Math.round(n * heldOutFraction));
        int train = n - test;
        double[][] xTrain = new double[train][];
        int[] yTrain = new int[train];
        double[][] xTest = new double[test][];
        int[] yTest = new int[test];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            if (i < train) {
                xTrain[i] = codes[row];
                yTrain[i] = labels[row];
            } else {
                xTest[i - train] = codes[row];
                yTest[i - train] = labels[row];
            }
        }
        return new HeldOutSplit(xTrain, yTrain, xTest, yTest);
    }
}
