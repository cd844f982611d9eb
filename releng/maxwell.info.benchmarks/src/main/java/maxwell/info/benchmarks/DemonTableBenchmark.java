package maxwell.info.benchmarks;

import java.util.List;
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

import maxwell.info.flow.DemonAnalysis;
import maxwell.info.flow.FlowSettings;
import maxwell.info.flow.FlowTable;
import maxwell.info.flow.PartitionSnapshot;
import maxwell.info.flow.Snapshot;
import maxwell.info.significance.SignificanceSettings;

/**
 * The full demon table for a 2,000-sample probe set, 2 partitions of dimension 8, content labels
 * (5 classes) and domain labels, 20 surrogates per measured quantity, no resampling interval;
 * {@code points} evaluation points (2: includes ΔI, l_c/l_s and both transfer entropies).
 * run.sh runs it pinned to one core (taskset -c 0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class DemonTableBenchmark {

    @Param({ "1", "2" })
    public int points;

    /** Whether the table includes TE_{c→s}, TE_{s→c} (conditional MI in 24 dimensions: the costliest columns). */
    @Param({ "true", "false" })
    public boolean transferEntropy;

    private List<Snapshot> snapshots;

    @Setup(Level.Trial)
    public void load() {
        BenchData data = new BenchData(2000, 8);
        int[] domains = new int[2000];
        for (int i = 0; i < domains.length; i++) {
            domains[i] = (int) Math.floor(Math.abs(data.zs[i][0]) * 2) % 3;
        }
        Snapshot t0 = new Snapshot("t0", List.of(PartitionSnapshot.deterministic("content", data.z),
                PartitionSnapshot.deterministic("style", data.zs)), domains, data.labels, null);
        Snapshot t1 = new Snapshot("t1", List.of(PartitionSnapshot.deterministic("content", data.zs),
                PartitionSnapshot.deterministic("style", data.z)), domains, data.labels, null);
        snapshots = points == 1 ? List.of(t0) : List.of(t0, t1);
    }

    @Benchmark
    public FlowTable demonTable() {
        return DemonAnalysis.analyse(snapshots, FlowSettings.defaults(new SignificanceSettings(20, 0, 1L, false))
                .withTransferEntropy(transferEntropy));
    }
}
