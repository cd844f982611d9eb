package maxwell.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Finds generated files someone edited by hand, recognisable by EMF's "@generated NOT" marker. */
final class HandEdits {

	/** The marker as EMF's merge rules (emf-merge.xml) recognise it. */
	private static final Pattern GENERATED_NOT = Pattern.compile("@\\s*generated\\s*NOT");

	private HandEdits() {
	}

	/** @return those of {@code candidates} (relative to {@code folder}) that exist there and carry the marker */
	static Set<Path> filesWithin(Path folder, Set<Path> candidates) throws IOException {
		Set<Path> edited = new TreeSet<>();
		for (Path relative : candidates) {
			Path file = folder.resolve(relative.toString());
			if (Files.isRegularFile(file) && GENERATED_NOT.matcher(Files.readString(file)).find()) {
				edited.add(relative);
			}
		}
		return edited;
	}
}
