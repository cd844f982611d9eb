package maxwell.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

/** Writes a new experiment file from one of the templates the workbench's wizard offers. */
public final class NewCommand implements CliCommand {

    private static final String SOURCES = "--sources";
    private static final String FORCE = "--force";

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String summary() {
        return "write a new experiment file from a template (map-tiles, fashion-mnist, tile-sources)";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell new TEMPLATE FILE.maxwell [--sources A,B,...] [--force]

                TEMPLATE  map-tiles      generated map tiles in four renderings (no download)
                          fashion-mnist  Fashion-MNIST in five renderings (Debian dataset-fashion-mnist)
                          tile-sources   your own tiles: --sources lists 2+ folders or .mbtiles files
                An existing FILE is left alone unless --force is given.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of(SOURCES), Set.of(FORCE));
        if (options.positional().size() != 2) {
            throw new UsageException("needs a template and a file name, got " + options.positional());
        }
        String template = options.positional().get(0);
        Path file = Path.of(options.positional().get(1));
        Experiment experiment = switch (template) {
            case "map-tiles" -> ExperimentTemplates.syntheticMapTiles();
            case "fashion-mnist" -> ExperimentTemplates.fashionMnist();
            case "tile-sources" -> tileSources(options);
            default -> throw new UsageException("unknown template '" + template + "' (map-tiles, fashion-mnist, tile-sources)");
        };
        if (Files.exists(file) && !options.has(FORCE)) {
            err.println("maxwell new: " + file + " exists; left as it is (--force replaces it)");
            return ExitCodes.PROBLEM;
        }
        try {
            ExperimentFiles.save(experiment, file);
        } catch (ExperimentFileException e) {
            err.println("maxwell new: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
        out.println(file);
        return ExitCodes.OK;
    }

    private static Experiment tileSources(Options options) throws UsageException {
        String sources = options.get(SOURCES, "");
        List<Path> paths = Arrays.stream(sources.split(",")).filter(s -> !s.isBlank()).map(Path::of).toList();
        try {
            return ExperimentTemplates.tileSources(paths);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "; give them with --sources A,B");
        }
    }
}
