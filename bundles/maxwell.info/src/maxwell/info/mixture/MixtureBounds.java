package maxwell.info.mixture;

import maxwell.info.estimate.Estimate;

/**
 * Lower and upper bound on I(X;Z) for an encoder whose output given input x_i is a Gaussian
 * component; the true value lies between them (for the empirical input distribution).
 */
public record MixtureBounds(Estimate lower, Estimate upper) {
}
