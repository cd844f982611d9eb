package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.core.run.TrainingRun;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.data.api.DataException;
import maxwell.model.io.ExperimentFileException;

/** Continues a cancelled, interrupted or failed run from its last checkpoint. */
public final class ResumeCommand implements CliCommand {

    @Override
    public String name() {
        return "resume";
    }

    @Override
    public String summary() {
        return "continue a stopped run from its last checkpoint";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell resume RUN [--out DIR]

                RUN is a run folder, or a run id in DIR (default: runs/ in the workspace).
                The run continues from its last checkpoint to the result an uninterrupted run
                would have reached.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of(RunsFolder.OPTION), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("name one run");
        }
        String named = options.positional().get(0);
        try {
            Path asFolder = Paths.get(named).toAbsolutePath().normalize();
            RunFolder run = Files.isRegularFile(asFolder.resolve("run.record"))
                    ? new RunStore(asFolder.getParent()).open(asFolder.getFileName().toString())
                    : new RunStore(RunsFolder.of(options)).open(named);
            return TrainingSession.train(TrainingRun.reopen(run), out, err);
        } catch (ExperimentFileException | DataException | IOException e) {
            err.println(e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }
}
