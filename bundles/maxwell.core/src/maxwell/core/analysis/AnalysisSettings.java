package maxwell.core.analysis;

import maxwell.info.flow.FlowSettings;
import maxwell.info.significance.SignificanceSettings;
import maxwell.model.AnalysisSpec;
import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.Experiment;
import maxwell.model.LatentType;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;

/** The demon table's settings as an experiment's analysis section asks for them. */
public final class AnalysisSettings {

    /** kNN neighbours when the experiment names none. */
    static final int DEFAULT_K = 3;
    /**
     * Noise variance of the I(X;Z_p) bounds for deterministic encoders (Saxe et al. 2018 add noise
     * to make the rate finite); stated in the table's metadata next to every bound.
     */
    static final double DETERMINISTIC_NOISE_VARIANCE = 0.1;

    private AnalysisSettings() {
    }

    public static FlowSettings of(Experiment experiment) {
        AnalysisSpec analysis = experiment.getAnalysis();
        int k = DEFAULT_K;
        int surrogates = 0;
        int resamples = 0;
        if (analysis != null) {
            surrogates = analysis.getSurrogates();
            resamples = analysis.getBootstrapResamples();
            for (EstimatorSpec estimator : analysis.getEstimators()) {
                if ((estimator.getKind() == EstimatorKind.ROSS || estimator.getKind() == EstimatorKind.KSG)
                        && estimator.getK() > 0) {
                    k = estimator.getK();
                    break;
                }
            }
        }
        int content = index(experiment, PartitionRole.CONTENT, 0);
        int style = index(experiment, PartitionRole.STYLE, content == 0 ? 1 : 0);
        FlowSettings settings = new FlowSettings(k, SignificanceSettings.of(surrogates, resamples, experiment.getSeed()),
                content, style, Double.NaN, true);
        boolean deterministic = experiment.getModel() != null && experiment.getModel().getLatentType() != LatentType.GAUSSIAN;
        return deterministic ? settings.withNoiseVariance(DETERMINISTIC_NOISE_VARIANCE) : settings;
    }

    private static int index(Experiment experiment, PartitionRole role, int fallback) {
        if (experiment.getModel() != null) {
            int i = 0;
            for (Partition partition : experiment.getModel().getPartitions()) {
                if (partition.getRole() == role) {
                    return i;
                }
                i++;
            }
        }
        return fallback;
    }
}
