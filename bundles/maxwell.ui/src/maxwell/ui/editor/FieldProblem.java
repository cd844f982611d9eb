package maxwell.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.jface.dialogs.IMessageProvider;

import maxwell.model.Experiment;

/**
 * One validation problem with the field it is about, so the editor can decorate that field.
 * The model's rules put the object and the offending feature into the diagnostic's data.
 *
 * @param feature {@code null} when the problem is about the object as a whole
 */
public record FieldProblem(int severity, String message, EObject target, EStructuralFeature feature) {

    public boolean isError() {
        return severity == Diagnostic.ERROR;
    }

    /** The JFace message type for form messages and decorations. */
    public int messageType() {
        return isError() ? IMessageProvider.ERROR : IMessageProvider.WARNING;
    }

    public static List<FieldProblem> of(Experiment experiment) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(Diagnostician.INSTANCE.validate(experiment), problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<FieldProblem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                List<?> data = diagnostic.getData();
                EObject target = !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
                EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                int severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING;
                problems.add(new FieldProblem(severity, diagnostic.getMessage(), target, feature));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }
}
