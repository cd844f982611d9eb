package maxwell.data.api;

import java.nio.file.Path;

/**
 * Input data that cannot be used. The message is one line that starts with the file (or folder)
 * at fault and says what is wrong with it, so a command line can print it as it is.
 */
public final class DataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	public DataException(Path file, String problem) {
		this(file, problem, null);
	}

	public DataException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	public Path file() {
		return file;
	}

	public String problem() {
		return problem;
	}
}
