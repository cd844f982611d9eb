package maxwell.info.probe;

import java.util.Arrays;

/**
 * The fresh k-NN probe's reading of one partition, domain by domain: how often it recognises each
 * domain and how well it reads the content class from that domain's samples. A partition can look
 * nearly domain-free on average while one rendering stays recognisable; when the domains the probe
 * recognises best are also those whose content it reads best, the content code is sharper for some
 * renderings than for others, and that difference is itself the domain the probe finds.
 * <p>
 * Uses {@link FreshProbe}'s held-out split and k, so the recalls weighted by each domain's
 * held-out samples give {@link FreshProbe.Accuracies#nearestNeighbour()} of the domain probe.
 *
 * @param heldOut held-out samples per domain
 * @param domainRecall per domain, the share of its held-out samples the probe assigns to it
 * @param contentAccuracy per domain, the content probe's accuracy on its held-out samples with a
 *        content class (NaN where none has one)
 */
public record DomainBreakdown(int[] heldOut, double[] domainRecall, double[] contentAccuracy) {

    /**
     * @param domains domain label per sample, 0 ≤ label < {@code domainCount}
     * @param contents content class per sample; a negative class means none (such samples are left
     *        out of the content probe)
     */
    public static DomainBreakdown of(double[][] codes, int[] domains, int[] contents, int domainCount, long seed) {
        if (codes.length != domains.length || codes.length != contents.length) {
            throw new IllegalArgumentException(codes.length + " codes but " + domains.length + " domain and "
                    + contents.length + " content labels");
        }
        if (codes.length < 10) {
            throw new IllegalArgumentException("a fresh probe needs at least 10 samples, got " + codes.length);
        }
        for (int d : domains) {
            if (d < 0 || d >= domainCount) {
                throw new IllegalArgumentException("domain label " + d + " outside 0.." + (domainCount - 1));
            }
        }
        int[][] split = HeldOutSplit.rows(codes.length, FreshProbe.HELD_OUT, seed); // FreshProbe's split
        int[] trainRows = split[0];
        int[] testRows = split[1];

        NearestNeighbourClassifier domainProbe = NearestNeighbourClassifier.fit(pick(codes, trainRows),
                pickLabels(domains, trainRows), domainCount, FreshProbe.NEIGHBOURS);
        int[] labelledTrain = Arrays.stream(trainRows).filter(r -> contents[r] >= 0).toArray();
        NearestNeighbourClassifier contentProbe = null;
        if (labelledTrain.length > 0) {
            int contentClasses = Arrays.stream(contents).max().getAsInt() + 1;
            contentProbe = NearestNeighbourClassifier.fit(pick(codes, labelledTrain), pickLabels(contents, labelledTrain),
                    contentClasses, FreshProbe.NEIGHBOURS);
        }
        int[] heldOut = new int[domainCount];
        int[] recognised = new int[domainCount];
        int[] labelled = new int[domainCount];
        int[] contentRight = new int[domainCount];
        for (int row : testRows) {
            int domain = domains[row];
            heldOut[domain]++;
            if (domainProbe.predict(codes[row]) == domain) {
                recognised[domain]++;
            }
            if (contentProbe != null && contents[row] >= 0) {
                labelled[domain]++;
                if (contentProbe.predict(codes[row]) == contents[row]) {
                    contentRight[domain]++;
                }
            }
        }
        double[] recall = new double[domainCount];
        double[] content = new double[domainCount];
        for (int d = 0; d < domainCount; d++) {
            recall[d] = heldOut[d] == 0 ? Double.NaN : (double) recognised[d] / heldOut[d];
            content[d] = labelled[d] == 0 ? Double.NaN : (double) contentRight[d] / labelled[d];
        }
        return new DomainBreakdown(heldOut, recall, content);
    }

    private static double[][] pick(double[][] codes, int[] rows) {
        double[][] out = new double[rows.length][];
        Arrays.setAll(out, i -> codes[rows[i]]);
        return out;
    }

    private static int[] pickLabels(int[] labels, int[] rows) {
        int[] out = new int[rows.length];
        Arrays.setAll(out, i -> labels[rows[i]]);
        return out;
    }
}
