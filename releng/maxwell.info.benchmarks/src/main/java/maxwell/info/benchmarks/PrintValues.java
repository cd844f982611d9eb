package maxwell.info.benchmarks;

import java.util.Locale;

import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/** Prints Maxwell's values on the benchmark data (CSV: n,d,quantity,bits) for the comparison table. */
public final class PrintValues {

    private PrintValues() {
    }

    public static void main(String[] args) {
        System.out.println("n,d,quantity,bits");
        for (String arg : args) {
            String[] nd = arg.split("x");
            int n = Integer.parseInt(nd[0]);
            int d = Integer.parseInt(nd[1]);
            BenchData data = new BenchData(n, d);
            double ross = new RossEstimator(3).mutualInformation(data.z, data.labels, SignificanceSettings.NONE).bits();
            double ksg = new KsgEstimator(3).mutualInformation(data.z, data.zs, SignificanceSettings.NONE).bits();
            System.out.printf(Locale.ROOT, "%d,%d,I(Z;label),%.6f%n", n, d, ross);
            System.out.printf(Locale.ROOT, "%d,%d,I(Z_c;Z_s),%.6f%n", n, d, ksg);
        }
    }
}
