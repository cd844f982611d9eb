package maxwell.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.info.flow.PartitionSnapshot;
import maxwell.info.flow.Snapshot;

/**
 * The run store's snapshot in the form the estimators take: codes as {@code double} rows, encoder
 * variances (not log-variances) for the mixture bounds of Gaussian partitions.
 */
public final class SnapshotAdapter {

    private SnapshotAdapter() {
    }

    public static Snapshot toInfo(LatentSnapshot snapshot) {
        List<PartitionSnapshot> partitions = new ArrayList<>();
        for (PartitionCodes p : snapshot.partitions()) {
            double[][] means = p.means() == null ? null : rows(p.means(), p.dimension(), false);
            double[][] variances = p.logVariances() == null ? null : rows(p.logVariances(), p.dimension(), true);
            partitions.add(new PartitionSnapshot(p.name(), p.rows(), means, variances));
        }
        return new Snapshot(pointLabel(snapshot), partitions, snapshot.domainLabels().clone(),
                snapshot.contentLabels().clone(), null);
    }

    /** How an evaluation point is named in tables and figures: {@code epoch 2.5 (step 300)}. */
    public static String pointLabel(LatentSnapshot snapshot) {
        return String.format(Locale.ROOT, "epoch %s (step %d)", epochText(snapshot.epoch()), snapshot.step());
    }

    public static String epochText(double epoch) {
        return epoch == Math.rint(epoch) ? Long.toString((long) epoch) : String.format(Locale.ROOT, "%.2f", epoch);
    }

    private static double[][] rows(float[] values, int dimension, boolean exponentiate) {
        double[][] rows = new double[values.length / dimension][dimension];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < dimension; j++) {
                double v = values[i * dimension + j];
                rows[i][j] = exponentiate ? Math.exp(v) : v;
            }
        }
        return rows;
    }
}
