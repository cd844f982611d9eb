package maxwell.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** File-tree helpers that only touch files whose bytes change, so unchanged sources keep their timestamps. */
final class FolderSync {

	private FolderSync() {
	}

	/**
	 * Makes {@code target} hold exactly the {@code wanted} files of {@code source} (paths relative
	 * to it): writes the ones
	 * whose bytes differ and deletes files the generator no longer produces (a removed class).
	 *
	 * @return how many files were written or deleted
	 */
	static int mirror(Path source, Path target, Set<Path> wanted) throws IOException {
		int changed = 0;
		for (Path relative : wanted) {
			Path destination = target.resolve(relative.toString());
			byte[] bytes = Files.readAllBytes(source.resolve(relative.toString()));
			if (!Files.isRegularFile(destination) || !Arrays.equals(bytes, Files.readAllBytes(destination))) {
				Files.createDirectories(destination.getParent());
				Files.write(destination, bytes);
				changed++;
			}
		}
		if (Files.isDirectory(target)) {
			for (Path existing : listFiles(target)) {
				if (!wanted.contains(target.relativize(existing))) {
					Files.delete(existing);
					changed++;
				}
			}
			deleteEmptyFolders(target);
		}
		return changed;
	}

	static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(FolderSync::deleteQuietly);
		}
	}

	private static List<Path> listFiles(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private static void deleteEmptyFolders(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path folder : paths.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
				try (Stream<Path> children = Files.list(folder)) {
					if (children.findAny().isEmpty() && !folder.equals(root)) {
						Files.delete(folder);
					}
				}
			}
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.delete(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
