package maxwell.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A throw-away folder standing in for the model project in the workspace the generator expects. */
record ScratchProject(Path root) {

	static ScratchProject create(Path parent, String name) throws IOException {
		return new ScratchProject(Files.createDirectories(parent.resolve(name)));
	}

	/** Copies the files of {@code from} whose paths relative to it are in {@code only}. */
	void seed(Path from, String folder, Set<Path> only) throws IOException {
		for (Path relative : only) {
			Path source = from.resolve(relative.toString());
			if (Files.isRegularFile(source)) {
				Path target = root.resolve(folder).resolve(relative.toString());
				Files.createDirectories(target.getParent());
				Files.copy(source, target);
			}
		}
	}

	/** @return the files under {@code folder}, relative to it */
	Set<Path> files(String folder) throws IOException {
		Path base = root.resolve(folder);
		Set<Path> files = new TreeSet<>();
		if (Files.isDirectory(base)) {
			try (Stream<Path> paths = Files.walk(base)) {
				paths.filter(Files::isRegularFile).forEach(file -> files.add(base.relativize(file)));
			}
		}
		return files;
	}
}
