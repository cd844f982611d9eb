package maxwell.model.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import maxwell.model.AdversarySpec;
import maxwell.model.DatasetSpec;
import maxwell.model.Experiment;
import maxwell.model.ModelSpec;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.validation.Problem;

/**
 * One experiment file of a catalog: the loaded experiment and its validation problems, or the
 * reason it does not load.
 *
 * @param experiment {@code null} when the file does not load
 * @param loadError {@code null} when the file loads
 */
public record CatalogEntry(Path root, Path file, Experiment experiment, ExperimentFileException loadError,
		List<Problem> problems) {

	static CatalogEntry loaded(Path root, Path file, Experiment experiment, List<Problem> problems) {
		return new CatalogEntry(root, file, experiment, null, List.copyOf(problems));
	}

	static CatalogEntry unreadable(Path root, Path file, ExperimentFileException error) {
		return new CatalogEntry(root, file, null, error, List.of());
	}

	public boolean isReadable() {
		return experiment != null;
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** Loads, and validation has nothing to say. */
	public boolean isClean() {
		return isReadable() && problems.isEmpty();
	}

	public Path relativeFile() {
		return root.relativize(file);
	}

	/** The experiment's name, or the file's when it has none or does not load. */
	public String displayName() {
		if (experiment != null && experiment.getName() != null && !experiment.getName().isBlank()) {
			return experiment.getName();
		}
		String fileName = file.getFileName().toString();
		return fileName.substring(0, fileName.length() - ".maxwell".length());
	}

	/** Dataset, partitions and the demon in one line, e.g. "synthetic map tiles, 4 domains · content 8 / style 8 · gradient reversal λ=10". */
	public String summary() {
		if (experiment == null) {
			return "";
		}
		return List.of(describe(experiment.getData()), describe(experiment.getModel()), describe(experiment.getAdversary()))
				.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
	}

	/** "valid", the reason the file does not load, or the problem count and the first problem. */
	public String status() {
		if (loadError != null) {
			String message = loadError.getMessage();
			String prefix = loadError.file().toString();
			return "does not load: " + (message.startsWith(prefix) ? message.substring(prefix.length()).replaceFirst("^:?\\s*", "") : message);
		}
		if (problems.isEmpty()) {
			return "valid";
		}
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		StringBuilder status = new StringBuilder();
		if (errors > 0) {
			status.append(count(errors, "error"));
		}
		if (warnings > 0) {
			status.append(status.isEmpty() ? "" : ", ").append(count(warnings, "warning"));
		}
		return status.append(": ").append(problems.get(0).message()).toString();
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static String describe(DatasetSpec data) {
		if (data == null || data.getKind() == null) {
			return "";
		}
		return words(data.getKind().getName()) + ", " + count(data.getDomains().size(), "domain");
	}

	private static String describe(ModelSpec model) {
		if (model == null) {
			return "";
		}
		return model.getPartitions().stream()
				.map(p -> p.getName() + " " + p.getDimension())
				.collect(Collectors.joining(" / "));
	}

	private static String describe(AdversarySpec adversary) {
		if (adversary == null || adversary.getFormulation() == null) {
			return "";
		}
		return words(adversary.getFormulation().getName()) + " λ=" + trim(adversary.getLambda());
	}

	private static String words(String enumLiteral) {
		return enumLiteral.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
