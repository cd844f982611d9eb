package maxwell.model.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import maxwell.model.ModelPackage;

/**
 * Turns what EMF and the XML parser throw while loading into one sentence for the user.
 * Decisions rest on exception types and positions, not on the parser's (localised) wording,
 * which only appears as a last resort.
 */
final class LoadErrors {

	private LoadErrors() {
	}

	static ExperimentFileException describe(Path file, byte[] content, Throwable failure) {
		List<Throwable> chain = causes(failure);
		for (Throwable cause : chain) {
			if (cause instanceof SAXParseException sax) {
				return new ExperimentFileException(file, xmlProblem(sax, content), sax.getLineNumber(),
						sax.getColumnNumber(), failure);
			}
		}
		for (Throwable cause : chain) {
			if (cause instanceof XMIException xmi && !(xmi.getCause() instanceof SAXParseException)) {
				return new ExperimentFileException(file, modelProblem(xmi), xmi.getLine(), xmi.getColumn(), failure);
			}
		}
		if (!Text.startsLikeXml(content)) {
			return new ExperimentFileException(file, "this is not an XML file", failure);
		}
		return new ExperimentFileException(file, "the file cannot be read as an experiment ("
				+ messageOf(chain.get(chain.size() - 1)) + ")", failure);
	}

	private static String xmlProblem(SAXParseException sax, byte[] content) {
		if (!Text.startsLikeXml(content)) {
			return "this is not an XML file";
		}
		if (String.valueOf(sax.getMessage()).contains("DOCTYPE")) {
			return "the file declares a DOCTYPE, which experiment files may not use";
		}
		if (Text.looksTruncated(content, sax.getLineNumber(), sax.getColumnNumber())) {
			return "the XML ends too early; the file looks truncated";
		}
		return "the XML is malformed (" + sax.getMessage() + ")";
	}

	private static String modelProblem(XMIException xmi) {
		if (xmi instanceof PackageNotFoundException unknownPackage) {
			String namespace = unknownPackage.uri() == null || unknownPackage.uri().isEmpty()
					? "its elements have no XML namespace"
					: "its XML namespace is '" + unknownPackage.uri() + "'";
			return "this is not a Maxwell experiment (" + namespace + "; expected '" + ModelPackage.eNS_URI + "')";
		}
		if (xmi instanceof ClassNotFoundException unknownClass) {
			return "'" + unknownClass.getName() + "' is not an element of a Maxwell experiment";
		}
		if (xmi instanceof FeatureNotFoundException unknownFeature) {
			String owner = unknownFeature.getObject() == null ? ""
					: " of " + Words.withArticle(unknownFeature.getObject().eClass().getName());
			return "'" + unknownFeature.getName() + "' is not a setting" + owner;
		}
		if (xmi instanceof IllegalValueException illegal) {
			return illegalValue(illegal);
		}
		return String.valueOf(xmi.getMessage());
	}

	private static String illegalValue(IllegalValueException illegal) {
		EStructuralFeature feature = illegal.getFeature();
		String value = "'" + illegal.getValue() + "'";
		if (feature != null && feature.getEType() instanceof EEnum enumeration) {
			String literals = enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral)
					.collect(Collectors.joining(", "));
			return value + " is not a valid " + feature.getName() + " (expected one of " + literals + ")";
		}
		if (feature != null) {
			return value + " is not a valid " + feature.getName() + " (expected " + Words.kindOfValue(feature) + ")";
		}
		return value + " is not a valid value";
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	private static String messageOf(Throwable cause) {
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	/** Position facts about the raw bytes, independent of any parser. */
	static final class Text {

		private Text() {
		}

		/** Skips a UTF-8 byte order mark and white space; XML starts with '<'. */
		static boolean startsLikeXml(byte[] content) {
			String text = new String(content, StandardCharsets.UTF_8);
			int i = text.startsWith("\uFEFF") ? 1 : 0;
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			return i < text.length() && text.charAt(i) == '<';
		}

		/**
		 * A cut-off file fails at its very end, or on its last line when that line stops in the
		 * middle of markup or text (the parser then complains about a missing end tag).
		 */
		static boolean looksTruncated(byte[] content, int line, int column) {
			String text = new String(content, StandardCharsets.UTF_8).stripTrailing();
			int lastLine = 1;
			int lastLineStart = 0;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					lastLine++;
					lastLineStart = i + 1;
				}
			}
			int lastColumn = text.length() - lastLineStart + 1;
			boolean atEnd = line > lastLine || (line == lastLine && column >= lastColumn);
			return atEnd || (line == lastLine && !text.endsWith(">"));
		}
	}
}
