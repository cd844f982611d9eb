package maxwell.info.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/** One estimate (no surrogates) of I(Z;label) (Ross kNN) and I(Z_c;Z_s) (KSG), k = 3. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class KnnEstimatorBenchmark {

    @Param({ "2000", "10000", "50000" })
    public int n;

    @Param({ "8", "16" })
    public int d;

    private BenchData data;

    @Setup(Level.Trial)
    public void load() {
        data = new BenchData(n, d);
    }

    @Benchmark
    public double rossZLabel() {
        return new RossEstimator(3).mutualInformation(data.z, data.labels, SignificanceSettings.NONE).bits();
    }

    @Benchmark
    public double ksgZcZs() {
        return new KsgEstimator(3).mutualInformation(data.z, data.zs, SignificanceSettings.NONE).bits();
    }
}
