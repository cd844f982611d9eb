package maxwell.dl4j;

/** The embedded DL4J/ND4J runtime cannot run on this machine; the message says why. */
public final class Dl4jUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Dl4jUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
