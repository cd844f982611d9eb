package maxwell.codegen;

/** The genmodel is inconsistent or EMF's generator reported an error. */
final class GenerationFailedException extends Exception {

	private static final long serialVersionUID = 1L;

	GenerationFailedException(String message) {
		super(message);
	}
}
