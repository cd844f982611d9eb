package maxwell.model.validation.rules;

final class LearningRates {

	private LearningRates() {
	}

	/** Written so that NaN fails too. */
	static boolean isValid(double rate) {
		return rate > 0 && !Double.isInfinite(rate);
	}
}
