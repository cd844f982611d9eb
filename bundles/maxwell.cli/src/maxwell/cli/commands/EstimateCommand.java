package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.UsageException;
import maxwell.info.binning.BinningEstimator;
import maxwell.info.binning.BinningScheme;
import maxwell.info.estimate.Estimate;
import maxwell.info.gaussian.GaussianEstimator;
import maxwell.info.io.DataFiles;
import maxwell.info.io.DataFormatException;
import maxwell.info.io.DataTable;
import maxwell.info.ksg.KsgEstimator;
import maxwell.info.mixed.RossEstimator;
import maxwell.info.significance.SignificanceSettings;

/**
 * {@code ./maxwell estimate}: Maxwell's estimators on any CSV or NPY file, the way JIDT's
 * AutoAnalyser is used: pick columns for X, Y (and Z), get I(X;Y) or I(X;Y|Z) in bits with its
 * surrogate baseline and interval.
 */
public final class EstimateCommand implements CliCommand {

    private static final Set<String> VALUED = Set.of("--x", "--y", "--z", "--estimator", "--k", "--surrogates",
            "--bootstrap", "--bins", "--binning", "--seed");

    @Override
    public String name() {
        return "estimate";
    }

    @Override
    public String summary() {
        return "estimate I(X;Y) or I(X;Y|Z) in bits from a CSV or NPY file";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell estimate FILE.csv|FILE.npy --x COLS --y COLS [--z COLS]
                                          [--estimator ksg|ross|gaussian|binning] [--k K]
                                          [--surrogates S] [--bootstrap B] [--seed N]
                                          [--bins B] [--binning width|mass] [--json]

                Estimates the mutual information I(X;Y), or I(X;Y|Z) with --z, in bits.
                COLS: 0-based column indices and ranges, e.g. 0-7,9, or header names of a CSV.
                  ksg       Kraskov-Stoegbauer-Grassberger algorithm 1 (continuous X, Y); with --z the
                            Frenzel-Pompe conditional estimator. Default.
                  ross      Ross 2014 kNN for continuous X and a discrete label Y (one integer column).
                  gaussian  covariance (log-det) estimator; with --z conditional.
                  binning   histogram plug-in estimator (--bins, default 10; --binning width|mass);
                            a single integer Y column is used as labels as it is.
                --k K            neighbours for ksg/ross (default 3)
                --surrogates S   permutation surrogates for the baseline (default 100; 0 = none)
                --bootstrap B    resamples for the 95% interval (default 100; 0 = none)
                --seed N         seed of every random choice (default 1)
                --json           one JSON object instead of text
                Exit code 0 on success, 1 when the data cannot be used (message names file,
                line and column), 2 for a wrong command line.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Map<String, String> options = new HashMap<>();
        String file = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (VALUED.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                options.put(a, args.get(++i));
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else if (file == null) {
                file = a;
            } else {
                throw new UsageException("one data file only; also got " + a);
            }
        }
        if (file == null) {
            throw new UsageException("name a data file (.csv or .npy)");
        }
        if (!options.containsKey("--x") || !options.containsKey("--y")) {
            throw new UsageException("--x and --y are required");
        }
        String estimator = options.getOrDefault("--estimator", "ksg").toLowerCase(Locale.ROOT);
        if (!Set.of("ksg", "ross", "gaussian", "binning").contains(estimator)) {
            throw new UsageException("--estimator must be ksg, ross, gaussian or binning, not " + estimator);
        }
        int k = intOption(options, "--k", 3, 1);
        int surrogates = intOption(options, "--surrogates", 100, 0);
        int bootstrap = intOption(options, "--bootstrap", 100, 0);
        int bins = intOption(options, "--bins", 10, 2);
        long seed = longOption(options, "--seed", 1);
        String binning = options.getOrDefault("--binning", "width");
        if (!binning.equals("width") && !binning.equals("mass")) {
            throw new UsageException("--binning must be width or mass, not " + binning);
        }
        if (options.containsKey("--z") && !(estimator.equals("ksg") || estimator.equals("gaussian"))) {
            throw new UsageException("--z (conditional MI) works with --estimator ksg or gaussian");
        }
        Path path = Paths.get(file);
        if (!Files.isRegularFile(path)) {
            err.println("maxwell estimate: " + file + ": no such file");
            return ExitCodes.PROBLEM;
        }
        try {
            DataTable data = DataFiles.read(path);
            int columns = data.columns();
            int[] xc = ColumnSelection.parse("--x", options.get("--x"), data.columnNames(), columns);
            int[] yc = ColumnSelection.parse("--y", options.get("--y"), data.columnNames(), columns);
            int[] zc = options.containsKey("--z") ? ColumnSelection.parse("--z", options.get("--z"), data.columnNames(), columns) : null;
            int n = data.rows().length;
            if ((estimator.equals("ksg") || estimator.equals("ross")) && n < k + 1) {
                throw new DataFormatException(file + ": " + n + " row(s): the " + estimator + " estimator with k=" + k
                        + " needs at least " + (k + 1));
            }
            double[][] x = select(data.rows(), xc);
            double[][] y = select(data.rows(), yc);
            SignificanceSettings settings = SignificanceSettings.of(surrogates, bootstrap, seed);
            Estimate e;
            try {
                e = switch (estimator) {
                    case "ross" -> new RossEstimator(k).mutualInformation(x, labels(y, file, "ross"), settings);
                    case "gaussian" -> zc == null ? new GaussianEstimator().mutualInformation(x, y, settings)
                            : new GaussianEstimator().conditionalMutualInformation(x, y, select(data.rows(), zc), settings);
                    case "binning" -> {
                        BinningEstimator b = new BinningEstimator(bins, binning.equals("width") ? BinningScheme.EQUAL_WIDTH : BinningScheme.EQUAL_MASS);
                        yield y[0].length == 1 && integral(y) ? b.mutualInformation(x, labels(y, file, "binning"), settings)
                                : b.mutualInformation(x, y, settings);
                    }
                    default -> zc == null ? new KsgEstimator(k).mutualInformation(x, y, settings)
                            : new KsgEstimator(k).conditionalMutualInformation(x, y, select(data.rows(), zc), settings);
                };
            } catch (IllegalArgumentException ex) {
                throw new DataFormatException(file + ": " + ex.getMessage());
            }
            String quantity = zc == null ? "I(X;Y)" : "I(X;Y|Z)";
            if (json) {
                out.println(EstimateJson.of(quantity, file, xc, yc, zc, e));
            } else {
                printText(out, quantity, e);
            }
            return ExitCodes.OK;
        } catch (DataFormatException ex) {
            err.println("maxwell estimate: " + ex.getMessage());
            return ExitCodes.PROBLEM;
        } catch (IOException ex) {
            err.println("maxwell estimate: " + file + ": cannot read: " + ex.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    private static void printText(PrintStream out, String quantity, Estimate e) {
        out.printf(Locale.ROOT, "%s = %.4f bits  [%s, N=%d%s]%n", quantity, e.bits(), e.estimator(), e.samples(),
                e.parameters().isEmpty() ? "" : ", " + e.parameters().entrySet().stream()
                        .map(p -> p.getKey() + "=" + p.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
        if (e.surrogates().count() > 0) {
            out.printf(Locale.ROOT, "  surrogate baseline (S=%d shuffles): mean %.4f bits, 95th percentile %.4f bits%n",
                    e.surrogates().count(), e.surrogates().mean(), e.surrogates().percentile95());
            out.println(e.insideSurrogateBand() ? "  inside the surrogate band: not distinguishable from 0"
                    : "  above the surrogate band (p < 0.05)");
        }
        if (e.interval().resamples() > 0) {
            out.printf(Locale.ROOT, "  95%% interval [%.4f, %.4f] bits (%d resamples: %s)%n", e.interval().low(),
                    e.interval().high(), e.interval().resamples(), e.interval().method());
        }
        for (String w : e.warnings()) {
            out.println("  warning: " + w);
        }
    }

    private static double[][] select(double[][] rows, int[] columns) {
        double[][] out = new double[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                out[i][j] = rows[i][columns[j]];
            }
        }
        return out;
    }

    private static boolean integral(double[][] y) {
        for (double[] row : y) {
            if (row[0] != Math.rint(row[0]) || Math.abs(row[0]) > Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    private static int[] labels(double[][] y, String file, String estimator) throws DataFormatException {
        if (y[0].length != 1) {
            throw new DataFormatException(file + ": the " + estimator + " estimator needs one label column for --y, got " + y[0].length);
        }
        int[] out = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            double v = y[i][0];
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new DataFormatException(file + ": row " + i + ": label " + v + " is not an integer (the "
                        + estimator + " estimator needs discrete labels in --y)");
            }
            out[i] = (int) v;
        }
        return out;
    }

    private static int intOption(Map<String, String> options, String name, int fallback, int min) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min) {
                throw new UsageException(name + " must be ≥ " + min + ", got " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs an integer, got " + v);
        }
    }

    private static long longOption(Map<String, String> options, String name, long fallback) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs an integer, got " + v);
        }
    }
}
