package maxwell.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code ./maxwell <command>}. */
public interface CliCommand {

    /** The word after {@code ./maxwell}, e.g. {@code validate}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full usage text, starting with the synopsis. */
    String usage();

    /**
     * @return the process exit code: 0 success, 1 the work found a problem (e.g. an invalid
     *         experiment); usage mistakes are thrown as {@link UsageException} (exit code 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
