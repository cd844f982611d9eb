package maxwell.cli.commands;

import java.io.PrintStream;
import java.util.List;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.UsageException;

/** Versions of Maxwell and of the Java it runs on, for bug reports and run records. */
public final class VersionCommand implements CliCommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the versions of Maxwell and Java";
    }

    @Override
    public String usage() {
        return "usage: ./maxwell version";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got " + args);
        }
        out.println("Maxwell " + MaxwellVersion.current());
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        return ExitCodes.OK;
    }
}
