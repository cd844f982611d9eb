package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.core.store.RunFolder;
import maxwell.figures.report.RunReport;

/** Writes a run's HTML report: figures (PNG, SVG), quantities (CSV, HTML), settings, versions. */
public final class ReportCommand implements CliCommand {

    static final String REPORT_OPTION = "--report";

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write a run's report: demon diagram, information plane, partition maps, swap grid, quantities, probes by domain";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell report RUN [--out DIR] [--runs DIR]

                RUN is a run folder, or a run id in the runs folder (--runs, default: runs/ in the
                workspace). Writes DIR/index.html (default DIR: RUN/report), a self-contained page,
                with every figure also as PNG and SVG in DIR/figures and the demon table as
                DIR/quantities.csv, and prints the page's path. The demon table is computed once and
                cached in the run folder (analysis/flow-table.csv); later reports only add new
                evaluation points. Exit code 1 if the run cannot be read or has no snapshots.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of("--out", "--runs"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("name one run");
        }
        try {
            RunFolder run = NamedRuns.open(options.positional().get(0), runsOptions(args));
            Path folder = options.has("--out") ? Paths.get(options.get("--out", "")) : run.folder().resolve("report");
            Path index = RunReport.write(run, folder, new AnalysisProgress(err, run.runId()));
            out.println(index.toAbsolutePath());
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("maxwell report: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    /** --runs DIR as the run store's folder option (--out is the report's folder here). */
    static Options runsOptions(List<String> args) throws UsageException {
        int at = args.indexOf("--runs");
        return at >= 0 && at + 1 < args.size() ? Options.parse(List.of(RunsFolder.OPTION, args.get(at + 1)),
                Set.of(RunsFolder.OPTION), Set.of()) : Options.parse(List.of(), Set.of(), Set.of());
    }
}
