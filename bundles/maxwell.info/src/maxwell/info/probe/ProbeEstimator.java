package maxwell.info.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import maxwell.info.estimate.Entropy;
import maxwell.info.estimate.Estimate;
import maxwell.info.estimate.Matrices;
import maxwell.info.significance.Resampling;
import maxwell.info.significance.Significance;
import maxwell.info.significance.SignificanceSettings;

/**
 * Variational lower bound on I(Z;L) from a probe classifier q(l|z) (Barber &amp; Agakov 2003):
 * I(Z;L) = H(L) − H(L|Z) ≥ H(L) − E[−log q(L|Z)], the cross-entropy measured on held-out samples
 * the probe did not train on. A multinomial logistic regression is the probe; a stronger probe can
 * only tighten the bound. H(L) is the plug-in entropy of all labels. The raw value can be negative
 * when the probe is worse than the label frequencies (reported as is, flagged).
 */
public final class ProbeEstimator {

    public static final String NAME = "Probe (H(L) - CE, logistic regression)";

    private final double heldOutFraction;
    private final double l2;
    private final int iterations;
    private final long seed;

    public ProbeEstimator(double heldOutFraction, double l2, int iterations, long seed) {
        if (!(heldOutFraction > 0 && heldOutFraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in (0, 1)");
        }
        this.heldOutFraction = heldOutFraction;
        this.l2 = l2;
        this.iterations = iterations;
        this.seed = seed;
    }

    public static ProbeEstimator defaults(long seed) {
        return new ProbeEstimator(0.3, 1e-4, 300, seed);
    }

    /** The result of one probe: the bound, and the probe's held-out accuracy. */
    public record ProbeResult(double bits, double accuracy, double crossEntropyBits, double labelEntropyBits) {
    }

    public Estimate mutualInformation(double[][] codes, int[] labels, SignificanceSettings settings) {
        Matrices.checkSamples(codes, "codes");
        Matrices.checkSameLength(codes.length, labels.length, "codes and labels");
        int n = codes.length;
        if (n < 10) {
            throw new IllegalArgumentException("the probe needs at least 10 samples, got " + n);
        }
        ProbeResult r = run(codes, labels);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("heldOut", Double.toString(heldOutFraction));
        p.put("l2", Double.toString(l2));
        p.put("iterations", Integer.toString(iterations));
        p.put("seed", Long.toString(seed));
        p.put("accuracy", String.format(Locale.ROOT, "%.4f", r.accuracy()));
        List<String> warnings = new ArrayList<>();
        warnings.add("a lower bound: a probe that cannot read the information does not prove it absent");
        if (r.bits() < 0) {
            warnings.add("negative raw bound: the probe is worse than the label frequencies; reported as computed");
        }
        Estimate e = Estimate.plain(r.bits(), NAME, n, p, warnings);
        return Significance.attach(e, n,
                (zr, lr) -> run(Matrices.rows(codes, zr), Matrices.entries(labels, lr)).bits(), settings,
                Resampling.HALF_SUBSAMPLING);
    }

    /** Train on a seeded split, evaluate on the held-out part. */
    public ProbeResult run(double[][] codes, int[] labels) {
        LabelIndex index = new LabelIndex(labels);
        HeldOutSplit split = HeldOutSplit.of(codes, index.indices(labels), heldOutFraction, seed);
        LogisticRegression model = LogisticRegression.fit(split.trainCodes(), split.trainLabels(), index.classes(), l2,
                iterations);
        double ce = model.crossEntropyBits(split.testCodes(), split.testLabels());
        double h = Entropy.ofLabels(labels);
        return new ProbeResult(h - ce, model.accuracy(split.testCodes(), split.testLabels()), ce, h);
    }
}
