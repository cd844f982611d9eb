package maxwell.info.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.info.disentanglement.Dci;
import maxwell.info.disentanglement.Mig;
import maxwell.info.estimate.Entropy;
import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.mixture.MixtureBounds;
import maxwell.info.mixture.PairwiseDistanceBounds;
import maxwell.info.significance.Seeds;
import maxwell.info.significance.SignificanceSettings;

/**
 * The demon's quantities (DESIGN.md §1) for a sequence of snapshots of one fixed probe set.
 *
 * <p>At each point t: I(Z_p;D) and I(Z_p;C) per partition (Ross kNN), I(X;Z_p) bounds
 * (Kolchinsky–Tracey; for deterministic partitions only with a stated noise variance),
 * I(Z_c;Z_s) (KSG), and the segregation indices
 *
 * <pre>
 *   σ_D = (I(Z_s;D) − I(Z_c;D)) / H(D)      σ_C = (I(Z_c;C) − I(Z_s;C)) / H(C)
 * </pre>
 *
 * Between t−1 and t (reported on row t): ΔI of every per-partition column, and the split of the
 * change of I(Z_c;Z_s) into the content update and the style update (a discrete-time analogue of
 * Horowitz &amp; Esposito 2014):
 *
 * <pre>
 *   l_c = I(Z_c^t; Z_s^{t−1}) − I(Z_c^{t−1}; Z_s^{t−1})
 *   l_s = I(Z_c^t; Z_s^t) − I(Z_c^t; Z_s^{t−1})          l_c + l_s = ΔI(Z_c;Z_s)
 * </pre>
 *
 * and the transfer entropies TE_{c→s} = I(Z_s^t; Z_c^{t−1} | Z_s^{t−1}), TE_{s→c} =
 * I(Z_c^t; Z_s^{t−1} | Z_c^{t−1}) (Frenzel–Pompe conditional KSG). The snapshots must hold the
 * same probe samples in the same order. Where factors exist: MIG and DCI of the concatenated code.
 *
 * <p>Every estimate gets its own seed derived from the settings' seed, the column and the point, so
 * a table is reproducible and independent of the number of threads.
 */
public final class DemonAnalysis {

    private DemonAnalysis() {
    }

    public static FlowTable analyse(List<Snapshot> snapshots, FlowSettings settings) {
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("no snapshots");
        }
        Snapshot first = snapshots.get(0);
        int n = first.samples();
        for (Snapshot s : snapshots) {
            check(s, first, settings);
        }
        KsgEstimator ksg = new KsgEstimator(settings.k());
        RossEstimator ross = new RossEstimator(settings.k());
        String c = first.partitions().get(settings.contentPartition()).name();
        String s = first.partitions().get(settings.stylePartition()).name();

        List<String> columns = new ArrayList<>();
        List<FlowRow> rows = new ArrayList<>();
        Map<String, Double> previous = null;
        for (int t = 0; t < snapshots.size(); t++) {
            Snapshot now = snapshots.get(t);
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            for (PartitionSnapshot p : now.partitions()) {
                put(values, estimates, Columns.domainInformation(p.name()), ross.mutualInformation(p.codes(), now.domains(),
                        seeded(settings, Columns.domainInformation(p.name()), t)));
                put(values, estimates, Columns.contentInformation(p.name()), ross.mutualInformation(p.codes(),
                        now.contents(), seeded(settings, Columns.contentInformation(p.name()), t)));
                MixtureBounds rate = rate(p, settings);
                if (rate != null) {
                    put(values, estimates, Columns.rateLower(p.name()), rate.lower());
                    put(values, estimates, Columns.rateUpper(p.name()), rate.upper());
                }
            }
            double hd = Entropy.ofLabels(now.domains());
            double hc = Entropy.ofLabels(now.contents());
            values.put(Columns.H_D, hd);
            values.put(Columns.H_C, hc);
            double[][] zc = now.partitions().get(settings.contentPartition()).codes();
            double[][] zs = now.partitions().get(settings.stylePartition()).codes();
            put(values, estimates, Columns.I_ZC_ZS, ksg.mutualInformation(zc, zs, seeded(settings, Columns.I_ZC_ZS, t)));
            values.put(Columns.SIGMA_D, hd > 0
                    ? (values.get(Columns.domainInformation(s)) - values.get(Columns.domainInformation(c))) / hd
                    : Double.NaN);
            values.put(Columns.SIGMA_C, hc > 0
                    ? (values.get(Columns.contentInformation(c)) - values.get(Columns.contentInformation(s))) / hc
                    : Double.NaN);

            Map<String, Double> measuredNow = new LinkedHashMap<>(values);
            for (PartitionSnapshot p : now.partitions()) {
                for (String column : List.of(Columns.domainInformation(p.name()), Columns.contentInformation(p.name()))) {
                    values.put(Columns.delta(column), previous == null ? Double.NaN : measuredNow.get(column) - previous.get(column));
                }
            }
            values.put(Columns.DELTA_I_ZC_ZS, previous == null ? Double.NaN
                    : measuredNow.get(Columns.I_ZC_ZS) - previous.get(Columns.I_ZC_ZS));
            if (previous == null) {
                values.put(Columns.L_C, Double.NaN);
                values.put(Columns.L_S, Double.NaN);
                if (settings.transferEntropy()) {
                    values.put(Columns.TE_C_TO_S, Double.NaN);
                    values.put(Columns.TE_S_TO_C, Double.NaN);
                }
            } else {
                Snapshot before = snapshots.get(t - 1);
                double[][] zcBefore = before.partitions().get(settings.contentPartition()).codes();
                double[][] zsBefore = before.partitions().get(settings.stylePartition()).codes();
                Estimate cross = ksg.mutualInformation(zc, zsBefore, seeded(settings, "I(Z_c^t;Z_s^t-1)", t));
                estimates.put("I(Z_c^t;Z_s^t-1)", cross);
                values.put(Columns.L_C, cross.bits() - previous.get(Columns.I_ZC_ZS));
                values.put(Columns.L_S, measuredNow.get(Columns.I_ZC_ZS) - cross.bits());
                if (settings.transferEntropy()) {
                    put(values, estimates, Columns.TE_C_TO_S, ksg.conditionalMutualInformation(zs, zcBefore, zsBefore,
                            seeded(settings, Columns.TE_C_TO_S, t)));
                    put(values, estimates, Columns.TE_S_TO_C, ksg.conditionalMutualInformation(zc, zsBefore, zcBefore,
                            seeded(settings, Columns.TE_S_TO_C, t)));
                }
            }
            if (now.factors() != null) {
                double[][] all = Matrices.concatColumns(now.partitions().stream().map(PartitionSnapshot::codes)
                        .toArray(double[][][]::new));
                values.put(Columns.MIG, Mig.score(all, now.factors(), Mig.DEFAULT_BINS).mig());
                Dci.DciResult dci = Dci.score(all, now.factors(), Seeds.derive(settings.significance().seed(), "DCI@" + t));
                values.put(Columns.DCI_D, dci.disentanglement());
                values.put(Columns.DCI_C, dci.completeness());
                values.put(Columns.DCI_I, dci.informativeness());
            }
            for (String column : values.keySet()) {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
            rows.add(new FlowRow(t, now.point(), values, estimates));
            previous = measuredNow;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("samples", Integer.toString(n));
        metadata.put("points", Integer.toString(snapshots.size()));
        metadata.put("content partition", c);
        metadata.put("style partition", s);
        metadata.put("I(Z_p;D), I(Z_p;C)", RossEstimator.NAME + ", k=" + settings.k());
        metadata.put("I(Z_c;Z_s), l_c, l_s", KsgEstimator.NAME + ", k=" + settings.k());
        metadata.put("TE", KsgEstimator.CONDITIONAL_NAME + ", k=" + settings.k());
        metadata.put("I(X;Z_p)", "Kolchinsky-Tracey pairwise-distance bounds"
                + (Double.isNaN(settings.noiseVariance()) ? "" : ", noise variance " + settings.noiseVariance() + " for deterministic partitions"));
        metadata.put("MIG", "equal-width histogram, " + Mig.DEFAULT_BINS + " bins");
        metadata.put("DCI", "importance = mean |standardised weight| of a per-factor logistic regression");
        metadata.put("surrogates", Integer.toString(settings.significance().surrogates()));
        metadata.put("resamples", Integer.toString(settings.significance().bootstrapResamples()));
        metadata.put("seed", Long.toString(settings.significance().seed()));
        metadata.put("units", "bits (sigma, MIG, DCI: ratios)");
        return new FlowTable(columns, rows, metadata);
    }

    private static MixtureBounds rate(PartitionSnapshot p, FlowSettings settings) {
        if (p.gaussian()) {
            return PairwiseDistanceBounds.gaussianEncoder(p.means(), p.variances());
        }
        if (!Double.isNaN(settings.noiseVariance())) {
            return PairwiseDistanceBounds.deterministicEncoder(p.codes(), settings.noiseVariance());
        }
        return null;
    }

    private static SignificanceSettings seeded(FlowSettings settings, String column, int t) {
        return settings.significance().withSeed(Seeds.derive(settings.significance().seed(), column + "@" + t));
    }

    private static void put(Map<String, Double> values, Map<String, Estimate> estimates, String column, Estimate e) {
        values.put(column, e.bits());
        estimates.put(column, e);
    }

    private static void check(Snapshot s, Snapshot first, FlowSettings settings) {
        int n = first.samples();
        if (s.samples() != n || s.contents().length != n) {
            throw new IllegalArgumentException("snapshot '" + s.point() + "' has " + s.samples()
                    + " samples; every snapshot must hold the same " + n + " probe samples");
        }
        if (s.partitions().size() != first.partitions().size()) {
            throw new IllegalArgumentException("snapshot '" + s.point() + "' has a different number of partitions");
        }
        int parts = s.partitions().size();
        if (settings.contentPartition() >= parts || settings.stylePartition() >= parts
                || settings.contentPartition() == settings.stylePartition()) {
            throw new IllegalArgumentException("content and style partition indices must be two different partitions of " + parts);
        }
        for (PartitionSnapshot p : s.partitions()) {
            if (p.codes().length != n) {
                throw new IllegalArgumentException("partition '" + p.name() + "' of '" + s.point() + "' has "
                        + p.codes().length + " codes for " + n + " samples");
            }
        }
        if (s.factors() != null && s.factors().length != n) {
            throw new IllegalArgumentException("factors of '" + s.point() + "' have " + s.factors().length + " rows for " + n + " samples");
        }
    }
}
