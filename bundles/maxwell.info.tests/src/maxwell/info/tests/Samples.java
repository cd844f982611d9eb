package maxwell.info.tests;

import java.util.Random;

/** Synthetic data with known information content, generated from fixed seeds. */
final class Samples {

    private Samples() {
    }

    /** X ~ N(0, I_d), Y_j = ρ X_j + √(1−ρ²) ε_j: I(X;Y) = −(d/2) log2(1 − ρ²). */
    static double[][][] correlatedGaussians(int n, int d, double rho, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][d];
        double[][] y = new double[n][d];
        double s = Math.sqrt(1 - rho * rho);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double g = r.nextGaussian();
                x[i][j] = g;
                y[i][j] = rho * g + s * r.nextGaussian();
            }
        }
        return new double[][][] { x, y };
    }

    static double gaussianBits(int d, double rho) {
        return -0.5 * d * Math.log(1 - rho * rho) / Math.log(2);
    }

    static double[][] gaussian(int n, int d, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    static int[] uniformLabels(int n, int classes, long seed) {
        Random r = new Random(seed);
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = r.nextInt(classes);
        }
        return l;
    }

    /** A d-dimensional code around a class centre (centres `separation` apart on a diagonal), noise sd 1. */
    static double[][] clusteredCode(int[] labels, int d, double separation, long seed) {
        Random r = new Random(seed);
        double[][] z = new double[labels.length][d];
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < d; j++) {
                double centre = j % 2 == 0 ? labels[i] * separation : -labels[i] * separation * 0.5;
                z[i][j] = centre + r.nextGaussian();
            }
        }
        return z;
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
