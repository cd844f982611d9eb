package maxwell.train.step;

import java.util.Map;

/**
 * A trainer at one step: what a checkpoint holds.
 *
 * @param weights values of every variable, flattened in row-major order
 * @param shapes the shape of every variable
 * @param optimiser the optimiser's state (Adam's moments) per variable, flattened
 */
public record TrainerState(long step, Map<String, float[]> weights, Map<String, long[]> shapes,
        Map<String, float[]> optimiser) {
}
