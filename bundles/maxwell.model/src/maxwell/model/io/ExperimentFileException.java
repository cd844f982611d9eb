package maxwell.model.io;

import java.nio.file.Path;

/**
 * An experiment file could not be read or written. The message is meant for the user as is:
 * it names the file, says what is wrong in plain words and, when the XML parser knows it,
 * where ("line 12, column 7").
 */
public class ExperimentFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final int column;

	public ExperimentFileException(Path file, String problem) {
		this(file, problem, 0, 0, null);
	}

	public ExperimentFileException(Path file, String problem, Throwable cause) {
		this(file, problem, 0, 0, cause);
	}

	public ExperimentFileException(Path file, String problem, int line, int column, Throwable cause) {
		super(file + where(line, column) + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path file() {
		return file;
	}

	/** @return the 1-based line of the problem, or 0 when unknown */
	public int line() {
		return line;
	}

	/** @return the 1-based column of the problem, or 0 when unknown */
	public int column() {
		return column;
	}

	private static String where(int line, int column) {
		if (line <= 0) {
			return "";
		}
		return column > 0 ? " line " + line + ", column " + column : " line " + line;
	}
}
