package maxwell.info.flow;

import maxwell.info.significance.SignificanceSettings;

/**
 * How the demon table is computed.
 *
 * @param k neighbours for the kNN estimators (KSG, Ross)
 * @param significance surrogates and resamples attached to every measured MI
 * @param contentPartition index of the content partition Z_c
 * @param stylePartition index of the style partition Z_s
 * @param noiseVariance for deterministic partitions: the noise variance of the I(X;Z_p) bounds
 *        (Saxe et al. 2018); {@code NaN} to leave I(X;Z_p) out for them
 * @param transferEntropy whether to compute TE_{c→s}, TE_{s→c} (conditional MI in the joint
 *        dimension of three partitions: the most expensive column)
 */
public record FlowSettings(int k, SignificanceSettings significance, int contentPartition, int stylePartition,
        double noiseVariance, boolean transferEntropy) {

    public static FlowSettings defaults(SignificanceSettings significance) {
        return new FlowSettings(3, significance, 0, 1, Double.NaN, true);
    }

    public FlowSettings withNoiseVariance(double variance) {
        return new FlowSettings(k, significance, contentPartition, stylePartition, variance, transferEntropy);
    }

    public FlowSettings withTransferEntropy(boolean on) {
        return new FlowSettings(k, significance, contentPartition, stylePartition, noiseVariance, on);
    }
}
