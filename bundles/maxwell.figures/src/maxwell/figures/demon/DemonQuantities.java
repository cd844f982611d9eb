package maxwell.figures.demon;

import maxwell.figures.data.RunFigureData;
import maxwell.info.estimate.Estimate;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;

/**
 * The numbers one frame of the demon diagram shows, read from the demon table and the metrics
 * at one evaluation point, so the drawing code does no science.
 */
public record DemonQuantities(String point, double epoch, long step, String content, String style, Bits contentSemantic,
        Bits contentDomain, Bits styleSemantic, Bits styleDomain, double entropyC, double entropyD, double sigmaD,
        double sigmaC, double deltaContentSemantic, double deltaContentDomain, double deltaStyleSemantic,
        double deltaStyleDomain, double chamberDependence, double deltaDependence, double lc, double ls,
        double[] contentRate, double[] styleRate, Ledger ledger) {

    /** Cross-entropies are logged in nats; the ledger speaks bits. */
    private static final double LN2 = Math.log(2);

    /**
     * One information value with what decides whether it can be told from 0.
     *
     * @param surrogate95 95th percentile of the permutation surrogates (NaN: none computed)
     */
    public record Bits(double value, double surrogate95, double low, double high) {

        static Bits of(FlowRow row, String column) {
            Estimate e = row.estimate(column);
            double value = row.value(column);
            if (e == null) {
                return new Bits(value, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Bits(value, e.surrogates().percentile95(), e.interval().low(), e.interval().high());
        }

        /** Not above the surrogate band: not distinguishable from 0. */
        public boolean indistinguishableFromZero() {
            return !Double.isNaN(surrogate95) && !(value > surrogate95);
        }
    }

    /**
     * What the demon itself believes, next to an independent measurement.
     *
     * @param probeAccuracy the demon's accuracy on the probe set at this point
     * @param trainingAccuracy its mean accuracy on training batches since the previous point
     * @param crossEntropyBits its mean cross-entropy on those batches, in bits
     * @param freshProbeAccuracy a freshly trained probe's accuracy on the watched partition, NaN if not measured
     * @param chance 1 / number of classes it tells apart
     * @param demons how many demons watch the partition: with more than one, the accuracies are
     *        their vote's and the cross-entropy their mean (still a bound: no demon's CE is below H(D) − I)
     */
    public record Ledger(double probeAccuracy, double trainingAccuracy, double crossEntropyBits, double freshProbeAccuracy,
            double chance, double entropyD, int demons) {

        /** H(D) − CE: a lower bound on the information about D the demon extracts. */
        public double measuredBits() {
            return entropyD - crossEntropyBits;
        }
    }

    public static DemonQuantities at(RunFigureData data, int index) {
        FlowRow row = data.table().row(index);
        String c = data.contentPartition();
        String s = data.stylePartition();
        long step = data.stepOf(index);
        long previousStep = index == 0 ? 0 : data.stepOf(index - 1);
        double entropyD = row.value(Columns.H_D);
        double chance = data.domainCount() > 0 ? 1.0 / data.domainCount() : Double.NaN;
        Ledger ledger = new Ledger(data.valueAt(maxwell.core.run.DemonMetrics.PROBE_ACCURACY, step),
                data.meanOf("adversary_accuracy", previousStep, step),
                data.meanOf("adversary_ce", previousStep, step) / LN2, freshProbe(data, c, step), chance, entropyD,
                demons(data));
        return new DemonQuantities(row.point(), data.epochOf(index), step, c, s, Bits.of(row, Columns.contentInformation(c)),
                Bits.of(row, Columns.domainInformation(c)), Bits.of(row, Columns.contentInformation(s)),
                Bits.of(row, Columns.domainInformation(s)), row.value(Columns.H_C), entropyD, row.value(Columns.SIGMA_D),
                row.value(Columns.SIGMA_C), value(row, Columns.delta(Columns.contentInformation(c))),
                value(row, Columns.delta(Columns.domainInformation(c))), value(row, Columns.delta(Columns.contentInformation(s))),
                value(row, Columns.delta(Columns.domainInformation(s))), value(row, Columns.I_ZC_ZS),
                value(row, Columns.DELTA_I_ZC_ZS), value(row, Columns.L_C), value(row, Columns.L_S), rate(row, c), rate(row, s),
                ledger);
    }

    /** Domain bits moved from the content chamber into the style chamber since the previous point. */
    public double domainMovedToStyle() {
        return (deltaStyleDomain - deltaContentDomain) / 2;
    }

    /** Semantic bits moved from the style chamber into the content chamber since the previous point. */
    public double semanticMovedToContent() {
        return (deltaContentSemantic - deltaStyleSemantic) / 2;
    }

    private static int demons(RunFigureData data) {
        return data.experiment() == null || data.experiment().getAdversary() == null ? 1
                : Math.max(1, data.experiment().getAdversary().getDemons());
    }

    private static double freshProbe(RunFigureData data, String partition, long step) {
        for (String name : new String[] { "fresh_probe_domain_accuracy_" + partition, "fresh_probe_domain_accuracy" }) {
            double v = data.valueAt(name, step);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static double value(FlowRow row, String column) {
        Double v = row.values().get(column);
        return v == null ? Double.NaN : v;
    }

    private static double[] rate(FlowRow row, String partition) {
        return new double[] { value(row, Columns.rateLower(partition)), value(row, Columns.rateUpper(partition)) };
    }
}
