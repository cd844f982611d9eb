package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.core.store.RunStore;
import maxwell.core.store.RunStore.RunSummary;
import maxwell.model.RunRecord;

/** Lists the runs of a run store with their status and progress. */
public final class RunsCommand implements CliCommand {

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public String summary() {
        return "list runs with their status and progress";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell runs [--out DIR]

                One line per run in DIR (default: runs/ in the workspace): id, status, steps
                and epochs done, experiment. A run whose process died reads 'interrupted'.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of(RunsFolder.OPTION), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no file names, got " + options.positional());
        }
        RunStore store = new RunStore(RunsFolder.of(options));
        try {
            List<RunSummary> runs = store.list();
            if (runs.isEmpty()) {
                out.println("no runs in " + store.root());
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "%-44s %-12s %8s %7s  %s%n", "run", "status", "steps", "epochs", "experiment");
            for (RunSummary summary : runs) {
                RunRecord record = summary.record();
                if (record == null) {
                    out.printf(Locale.ROOT, "%-44s %-12s %s%n", summary.run().runId(), "unreadable", summary.problem());
                    continue;
                }
                out.printf(Locale.ROOT, "%-44s %-12s %8d %7.2f  %s%n", summary.run().runId(),
                        summary.status().getName().toLowerCase(Locale.ROOT), record.getStepsDone(), record.getEpochsDone(),
                        record.getExperimentName());
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("maxwell runs: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }
}
