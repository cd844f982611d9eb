package maxwell.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.UsageException;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.validation.ExperimentValidation;
import maxwell.model.validation.Problem;

/** Loads and validates experiment files, one line per problem: what the editor would mark. */
public final class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check experiment files (*.maxwell) and list their problems";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell validate FILE.maxwell...

                Loads each experiment and prints its validation problems, one per line:
                  FILE: error: partition 'style' has dimension 0
                Exit code 0 when every file loads and has no errors (warnings are printed but
                allowed), 1 otherwise.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("name at least one experiment file");
        }
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
        int code = ExitCodes.OK;
        for (String arg : args) {
            if (!validate(Paths.get(arg), out, err)) {
                code = ExitCodes.PROBLEM;
            }
        }
        return code;
    }

    private static boolean validate(Path file, PrintStream out, PrintStream err) {
        Experiment experiment;
        try {
            experiment = ExperimentFiles.load(file);
        } catch (ExperimentFileException e) {
            err.println(e.getMessage());
            return false;
        }
        List<Problem> problems = ExperimentValidation.problems(experiment);
        if (problems.isEmpty()) {
            out.println(file + ": valid");
            return true;
        }
        for (Problem problem : problems) {
            (problem.isError() ? err : out).println(file + ": " + problem);
        }
        return problems.stream().noneMatch(Problem::isError);
    }
}
