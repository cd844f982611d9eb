package maxwell.model.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;

final class SaveErrors {

	private SaveErrors() {
	}

	static String describe(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof DanglingHREFException) {
			return "the adversary watches a partition that is not part of this experiment";
		}
		if (cause instanceof AccessDeniedException denied) {
			// usually the temporary file next to the target: the folder is what the user can fix
			Path parent = denied.getFile() == null ? null : Path.of(denied.getFile()).getParent();
			return parent == null ? "permission denied" : "no permission to write in " + parent;
		}
		if (cause instanceof FileSystemException fileSystem) {
			String reason = fileSystem.getReason();
			return fileSystem.getFile() + (reason == null ? "" : ": " + reason);
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof Resource.IOWrappedException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}
}
