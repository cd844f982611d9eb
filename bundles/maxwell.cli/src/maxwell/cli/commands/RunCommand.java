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
import maxwell.core.run.TrainingRun;
import maxwell.core.store.RunStore;
import maxwell.data.api.DataException;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.validation.ExperimentValidation;
import maxwell.model.validation.Problem;

/** Trains an experiment headless into a new run folder. */
public final class RunCommand implements CliCommand {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "train an experiment into a new run (progress bar, Ctrl-C saves and stops)";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell run EXPERIMENT.maxwell [--out DIR] [--epochs N] [--seed S]

                Trains the experiment in a new run folder under DIR (default: runs/ in the
                workspace, ~/maxwell-workspace/runs). --epochs and --seed override the
                experiment's values in the run's own copy; the file is never changed.
                Ctrl-C saves a checkpoint and stops; ./maxwell resume RUN continues.
                Exit code 0 when training finished, 1 when the experiment is invalid, the data
                cannot be read, or training failed or was cancelled.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of(RunsFolder.OPTION, "--epochs", "--seed"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("name one experiment file");
        }
        Path file = Paths.get(options.positional().get(0));
        long epochs = options.getLong("--epochs", -1, 1, 1_000_000);
        long seed = options.getLong("--seed", Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE);
        try {
            Experiment experiment = ExperimentFiles.load(file);
            if (epochs > 0 && experiment.getTraining() != null) {
                experiment.getTraining().setEpochs((int) epochs);
            }
            if (seed != Long.MIN_VALUE) {
                experiment.setSeed(seed);
            }
            List<Problem> errors = ExperimentValidation.errors(experiment);
            if (!errors.isEmpty()) {
                errors.forEach(problem -> err.println(file + ": " + problem));
                return ExitCodes.PROBLEM;
            }
            TrainingRun training = TrainingRun.create(new RunStore(RunsFolder.of(options)), experiment, file);
            out.println("run " + training.run().runId() + " in " + training.run().folder().getParent());
            return TrainingSession.train(training, out, err);
        } catch (ExperimentFileException | DataException e) {
            err.println(e.getMessage());
            return ExitCodes.PROBLEM;
        } catch (IOException e) {
            err.println("maxwell run: " + e.getMessage());
            return ExitCodes.PROBLEM;
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }
}
