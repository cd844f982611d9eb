package maxwell.cli;

/** What {@code ./maxwell <command>} returns to the shell. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran and found a problem in what it was given (invalid experiment, unreadable file). */
    public static final int PROBLEM = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** Maxwell itself failed; the message says where. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
