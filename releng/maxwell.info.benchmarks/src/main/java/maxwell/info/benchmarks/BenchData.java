package maxwell.info.benchmarks;

import java.nio.file.Path;

import maxwell.info.io.NpyReader;

/**
 * The data sets written by make_data.py (the same files scikit-learn reads): for N and d,
 * {@code z_N_d.npy} (the code, N×d), {@code label_N.npy}, {@code zs_N_d.npy} (a second, dependent
 * code of the same dimension).
 */
final class BenchData {

    final double[][] z;
    final int[] labels;
    final double[][] zs;

    BenchData(int n, int d) {
        Path dir = Path.of(System.getProperty("maxwell.bench.data", "target/data"));
        try {
            z = NpyReader.read(dir.resolve("z_" + n + "_" + d + ".npy")).rows();
            zs = NpyReader.read(dir.resolve("zs_" + n + "_" + d + ".npy")).rows();
            double[][] l = NpyReader.read(dir.resolve("label_" + n + ".npy")).rows();
            labels = new int[l.length];
            for (int i = 0; i < l.length; i++) {
                labels[i] = (int) l[i][0];
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark data missing in " + dir + " (run make_data.py): " + e.getMessage(), e);
        }
    }
}
