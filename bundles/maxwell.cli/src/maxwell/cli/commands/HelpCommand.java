package maxwell.cli.commands;

import java.io.PrintStream;
import java.util.List;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.MaxwellCli;

/** Lists the commands, or shows one command's usage. */
public final class HelpCommand implements CliCommand {

    private final MaxwellCli cli;

    public HelpCommand(MaxwellCli cli) {
        this.cli = cli;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list the commands, or show how to use one";
    }

    @Override
    public String usage() {
        return "usage: ./maxwell help [COMMAND]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            for (CliCommand command : cli.commands()) {
                if (command.name().equals(args.get(0))) {
                    out.println(command.usage());
                    return ExitCodes.OK;
                }
            }
            err.println("maxwell help: no command '" + args.get(0) + "'");
            return ExitCodes.USAGE;
        }
        out.println("usage: ./maxwell <command> [options]   (./maxwell alone opens the workbench)");
        out.println();
        for (CliCommand command : cli.commands()) {
            out.printf("  %-10s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("./maxwell help COMMAND or ./maxwell COMMAND --help shows a command's options.");
        return ExitCodes.OK;
    }
}
