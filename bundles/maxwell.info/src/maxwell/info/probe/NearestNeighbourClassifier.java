package maxwell.info.probe;

/**
 * k-nearest-neighbour vote on standardised inputs (Euclidean). It is the fresh probe that can read
 * any nonlinear trace of a label in a code, which a linear probe and even the trained adversary
 * may miss: an adversary near chance does not make a code label-free.
 */
public final class NearestNeighbourClassifier {

    private final double[][] train;
    private final int[] labels;
    private final int classes;
    private final int k;
    private final double[] mean;
    private final double[] scale;

    private NearestNeighbourClassifier(double[][] train, int[] labels, int classes, int k, double[] mean, double[] scale) {
        this.train = train;
        this.labels = labels;
        this.classes = classes;
        this.k = k;
        this.mean = mean;
        this.scale = scale;
    }

    public static NearestNeighbourClassifier fit(double[][] x, int[] y, int classes, int k) {
        if (x.length == 0) {
            throw new IllegalArgumentException("a nearest-neighbour probe needs at least one training sample");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double e = row[j] - mean[j];
                scale[j] += e * e;
            }
        }
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(scale[j] / Math.max(x.length - 1, 1));
            scale[j] = sd > 0 ? 1.0 / sd : 0.0;
        }
        double[][] standardised = new double[x.length][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                standardised[i][j] = (x[i][j] - mean[j]) * scale[j];
            }
        }
        return new NearestNeighbourClassifier(standardised, y.clone(), classes, Math.min(k, x.length), mean, scale);
    }

    /** The class most frequent among the k nearest training samples; a tie goes to the nearer class. */
    public int predict(double[] x) {
        int d = mean.length;
        double[] q = new double[d];
        for (int j = 0; j < d; j++) {
            q[j] = (x[j] - mean[j]) * scale[j];
        }
        double[] bestDistance = new double[k];
        int[] bestLabel = new int[k];
        java.util.Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        for (int i = 0; i < train.length; i++) {
            double[] row = train[i];
            double s = 0;
            for (int j = 0; j < d && s < bestDistance[k - 1]; j++) {
                double e = row[j] - q[j];
                s += e * e;
            }
            if (s < bestDistance[k - 1]) {
                int at = k - 1;
                while (at > 0 && bestDistance[at - 1] > s) {
                    bestDistance[at] = bestDistance[at - 1];
                    bestLabel[at] = bestLabel[at - 1];
                    at--;
                }
                bestDistance[at] = s;
                bestLabel[at] = labels[i];
            }
        }
        int[] votes = new int[classes];
        int winner = bestLabel[0];
        for (int i = 0; i < k; i++) {
            votes[bestLabel[i]]++;
        }
        for (int c = 0; c < classes; c++) {
            if (votes[c] > votes[winner]) {
                winner = c;
            }
        }
        return winner;
    }

    public double accuracy(double[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            if (predict(x[i]) == y[i]) {
                right++;
            }
        }
        return (double) right / x.length;
    }
}
