package maxwell.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import maxwell.cli.commands.CompareCommand;
import maxwell.cli.commands.DatasetCommand;
import maxwell.cli.commands.DemoCommand;
import maxwell.cli.commands.EstimateCommand;
import maxwell.cli.commands.HelpCommand;
import maxwell.cli.commands.NewCommand;
import maxwell.cli.commands.ReportCommand;
import maxwell.cli.commands.ResumeCommand;
import maxwell.cli.commands.RunCommand;
import maxwell.cli.commands.RunsCommand;
import maxwell.cli.commands.ValidateCommand;
import maxwell.cli.commands.VersionCommand;

/**
 * Dispatches {@code ./maxwell <command> [args]} to its command. Usable without OSGi, so tests and
 * other launchers can call {@link #run} directly.
 */
public final class MaxwellCli {

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public MaxwellCli() {
        register(new NewCommand());
        register(new ValidateCommand());
        register(new DatasetCommand());
        register(new RunCommand());
        register(new ResumeCommand());
        register(new RunsCommand());
        register(new EstimateCommand());
        register(new ReportCommand());
        register(new CompareCommand());
        register(new DemoCommand());
        register(new VersionCommand());
        register(new HelpCommand(this));
    }

    private void register(CliCommand command) {
        commands.put(command.name(), command);
    }

    public List<CliCommand> commands() {
        return new ArrayList<>(commands.values());
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return new HelpCommand(this).run(List.of(), out, err);
        }
        CliCommand command = commands.get(args.get(0));
        if (command == null) {
            err.println("maxwell: unknown command '" + args.get(0) + "'. Commands: " + String.join(", ", commands.keySet()));
            return ExitCodes.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return ExitCodes.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("maxwell " + command.name() + ": " + e.getMessage());
            err.println();
            err.println(command.usage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println("maxwell " + command.name() + ": internal error: " + e);
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0) {
                err.println("  at " + trace[0]);
            }
            err.println("Please report this with the command you ran.");
            return ExitCodes.INTERNAL;
        }
    }
}
