package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.core.store.RunFolder;
import maxwell.figures.report.CompareReport;

/** Writes a comparison report of several runs. */
public final class CompareCommand implements CliCommand {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare runs: metrics overlaid, settings that differ, seeds as mean ± band, demons side by side";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell compare RUN RUN... [--out DIR] [--runs DIR]

                Each RUN is a run folder or a run id in the runs folder (--runs, default: runs/ in
                the workspace). Writes DIR/index.html (default DIR: comparison/ in the runs
                folder's parent) and prints its path. Runs whose settings differ only by the seed
                are drawn as one group, their mean with a min–max band.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of("--out", "--runs"), Set.of());
        if (options.positional().size() < 2) {
            throw new UsageException("name at least two runs");
        }
        try {
            Options runsOptions = ReportCommand.runsOptions(args);
            List<RunFolder> runs = new ArrayList<>();
            for (String named : options.positional()) {
                runs.add(NamedRuns.open(named, runsOptions));
            }
            Path folder = options.has("--out") ? Paths.get(options.get("--out", ""))
                    : runs.get(0).folder().getParent().resolveSibling("comparison");
            Path index = CompareReport.write(runs, folder, (row, rows) -> err.println("analysing evaluation point "
                    + (row + 1) + " of " + rows));
            out.println(index.toAbsolutePath());
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("maxwell compare: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }
}
