package maxwell.data.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder with its bytes and modification time, to prove nothing was written. */
record FileSnapshot(Map<String, String> files) {

	static FileSnapshot of(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				String state = Files.getLastModifiedTime(path).toMillis() + (Files.isRegularFile(path)
						? ":" + java.util.Arrays.hashCode(Files.readAllBytes(path)) + ":" + Files.size(path)
						: "/");
				files.put(root.relativize(path).toString(), state);
			}
		}
		return new FileSnapshot(files);
	}
}
