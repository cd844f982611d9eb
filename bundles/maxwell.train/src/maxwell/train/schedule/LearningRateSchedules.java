package maxwell.train.schedule;

/**
 * The learning rate over a run, as a factor of the experiment's learning rate: constant until the
 * decay starts, then half a cosine down to the final factor at the last step. In the templates' runs
 * (three seeds on each dataset) a linear probe read the domain from z_c at 0.25–0.34 with a constant
 * rate and at 0.19–0.26, near chance, once the rate fell over the second half of the run. The linear
 * part of the leak is the domains' mean codes; a rate that settles lets the demon and the MMD term
 * finish removing them instead of the game moving them about. Progress is counted in steps, so a
 * resumed run continues on the same curve.
 */
public final class LearningRateSchedules {

    private LearningRateSchedules() {
    }

    /**
     * @param decayStart share of the run (0–1) after which the rate falls; 1 keeps it constant
     * @param finalFactor the factor at the last step, in (0, 1]
     * @param step steps done before this one, from 0
     * @param totalSteps steps of the whole run, ≥ 1
     */
    public static double factorAt(double decayStart, double finalFactor, long step, long totalSteps) {
        if (!(decayStart >= 0 && decayStart <= 1)) {
            throw new IllegalArgumentException("the decay must start at a share of the run from 0 to 1, got " + decayStart);
        }
        if (!(finalFactor > 0 && finalFactor <= 1)) {
            throw new IllegalArgumentException("the final learning rate factor must be in (0, 1], got " + finalFactor);
        }
        if (totalSteps < 1 || step < 0) {
            throw new IllegalArgumentException("step " + step + " of " + totalSteps + " is not a step of a run");
        }
        double progress = Math.min(1.0, (double) step / totalSteps);
        if (decayStart >= 1 || progress <= decayStart) {
            return 1.0;
        }
        double into = (progress - decayStart) / (1 - decayStart);
        return finalFactor + (1 - finalFactor) * 0.5 * (1 + Math.cos(Math.PI * into));
    }
}
