package maxwell.info.io;

/** A data file that cannot be used as it is; the message names the file and the place. */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataFormatException(String message) {
        super(message);
    }
}
