package maxwell.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options from a declared set, the rest positional.
 * Anything else starting with {@code --} is a usage error, so a typo never silently becomes a
 * file name.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    public static Options parse(List<String> args, Set<String> valueOptions, Set<String> flags) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                options.positional.add(arg);
            } else if (flags.contains(arg)) {
                options.values.put(arg, "true");
            } else if (valueOptions.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.values.put(arg, args.get(++i));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return options;
    }

    public List<String> positional() {
        return positional;
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    public String get(String option, String fallback) {
        return values.getOrDefault(option, fallback);
    }

    /** @throws UsageException if the value is not a whole number in [min, max] */
    public long getLong(String option, long fallback, long min, long max) throws UsageException {
        if (!values.containsKey(option)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(values.get(option));
            if (value < min || value > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + " (got " + value + ")");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + values.get(option) + "'");
        }
    }
}
