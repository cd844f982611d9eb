package maxwell.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.UsageException;
import maxwell.data.api.DataException;
import maxwell.data.api.Dataset;
import maxwell.data.api.Split;
import maxwell.data.preview.ContactSheet;
import maxwell.data.preview.PngFiles;
import maxwell.data.preview.PreviewItems;
import maxwell.data.spec.Datasets;
import maxwell.data.tiles.TilePairing;
import maxwell.data.tiles.TileSourceDataset;
import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/** Looks at an experiment's dataset: a contact sheet of its domains, or its sizes and classes. */
public final class DatasetCommand implements CliCommand {

    private static final int DEFAULT_COLUMNS = 8;
    private static final int MAX_COLUMNS = 64;

    @Override
    public String name() {
        return "dataset";
    }

    @Override
    public String summary() {
        return "look at an experiment's dataset: contact sheet (preview) or sizes and classes (info)";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell dataset preview EXPERIMENT.maxwell OUT.png [--columns N]
                       ./maxwell dataset info EXPERIMENT.maxwell

                preview  writes a contact sheet: one row per domain (source, rendering), labelled
                         with its name; each column is one place or garment in every domain.
                         N columns (default 8, at most 64); the PNG is replaced atomically.
                info     prints the image shape, train and probe sizes, the content classes with
                         their counts, the domains and the dataset fingerprint.
                Exit code 0 on success, 1 when the experiment or its data cannot be used.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("name a sub-command: preview or info");
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        return switch (args.get(0)) {
            case "preview" -> preview(rest, out, err);
            case "info" -> info(rest, out, err);
            default -> throw new UsageException("unknown sub-command '" + args.get(0) + "' (preview or info)");
        };
    }

    private static int preview(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        int columns = DEFAULT_COLUMNS;
        int at = args.indexOf("--columns");
        if (at >= 0) {
            if (at + 1 >= args.size()) {
                throw new UsageException("--columns needs a number");
            }
            columns = columns(args.get(at + 1));
            args.remove(at + 1);
            args.remove(at);
        }
        rejectOptions(args);
        if (args.size() != 2) {
            throw new UsageException("preview needs an experiment file and an output .png");
        }
        Path experimentFile = Paths.get(args.get(0));
        Path png = Paths.get(args.get(1));
        try {
            Dataset dataset = open(experimentFile);
            int zoom = Math.max(1, 64 / dataset.shape().width());
            PngFiles.write(ContactSheet.draw(dataset, PreviewItems.of(dataset, columns), zoom), png);
            out.println(png + ": " + dataset.domainCount() + " domains × " + Math.min(columns, dataset.itemCount())
                    + " " + dataset.description());
            return ExitCodes.OK;
        } catch (ExperimentFileException | DataException e) {
            err.println(e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    private static int info(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        rejectOptions(args);
        if (args.size() != 1) {
            throw new UsageException("info needs one experiment file");
        }
        Path experimentFile = Paths.get(args.get(0));
        try {
            Dataset dataset = open(experimentFile);
            Split split = dataset.split();
            out.println("dataset:     " + dataset.description());
            out.println("images:      " + dataset.shape() + " (channels×height×width), floats in [0,1], CHW order");
            out.println("items:       " + dataset.itemCount() + " (train " + split.train().itemCount() + ", probe "
                    + split.probe().itemCount() + "), each in " + dataset.domainCount() + " domains = "
                    + dataset.size() + " images");
            out.println("domains:     " + String.join(", ", dataset.domains()));
            printClasses(dataset, split, out);
            if (!dataset.factorNames().isEmpty()) {
                out.println("factors:     " + String.join(", ", dataset.factorNames()));
            }
            if (dataset instanceof TileSourceDataset tiles) {
                for (TilePairing.Unpaired unpaired : tiles.pairing().unpaired()) {
                    out.println("unpaired:    " + unpaired);
                }
            }
            out.println("fingerprint: " + dataset.fingerprint());
            return ExitCodes.OK;
        } catch (ExperimentFileException | DataException e) {
            err.println(e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    private static void printClasses(Dataset dataset, Split split, PrintStream out) {
        List<String> classes = dataset.contentClasses();
        if (classes.isEmpty()) {
            out.println("classes:     none (no content labels)");
            return;
        }
        int[] train = counts(dataset, split.train(), classes.size());
        int[] probe = counts(dataset, split.probe(), classes.size());
        out.println("classes:     " + classes.size() + " (items: train / probe)");
        for (int c = 0; c < classes.size(); c++) {
            out.printf("  %-14s %6d / %d%n", classes.get(c), train[c], probe[c]);
        }
        int unlabelled = split.train().itemCount() + split.probe().itemCount() - java.util.Arrays.stream(train).sum()
                - java.util.Arrays.stream(probe).sum();
        if (unlabelled > 0) {
            out.println("  (unlabelled)   " + unlabelled);
        }
    }

    private static int[] counts(Dataset dataset, maxwell.data.api.Subset subset, int classes) {
        int[] counts = new int[classes];
        for (int i = 0; i < subset.itemCount(); i++) {
            int label = dataset.contentLabel(dataset.sample(subset.item(i), 0));
            if (label >= 0) {
                counts[label]++;
            }
        }
        return counts;
    }

    private static Dataset open(Path experimentFile) throws ExperimentFileException, DataException {
        Experiment experiment = ExperimentFiles.load(experimentFile);
        return Datasets.open(experiment, experimentFile);
    }

    private static int columns(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_COLUMNS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--columns must be a whole number from 1 to " + MAX_COLUMNS + " (got '" + value + "')");
    }

    private static void rejectOptions(List<String> args) throws UsageException {
        for (String arg : args) {
            if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            }
        }
    }
}
