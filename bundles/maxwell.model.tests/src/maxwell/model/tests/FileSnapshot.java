package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/** The bytes and modification time of a file, to prove that an operation left it alone. */
record FileSnapshot(Path file, byte[] bytes, FileTime modified) {

	static FileSnapshot of(Path file) throws IOException {
		return new FileSnapshot(file, Files.readAllBytes(file), Files.getLastModifiedTime(file));
	}

	void assertUnchanged() throws IOException {
		assertArrayEquals(bytes, Files.readAllBytes(file), file + " was modified");
		assertEquals(modified, Files.getLastModifiedTime(file), file + " was touched");
	}

	/** @return the names of the files in {@code folder}, sorted */
	static List<String> namesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
