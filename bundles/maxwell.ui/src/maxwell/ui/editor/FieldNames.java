package maxwell.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A stable name for each field ("TrainingSpec.epochs") kept in the control's data: tests and
 * accessibility tools find fields by it instead of by position.
 */
public final class FieldNames {

    public static final String KEY = "maxwell.field";

    private FieldNames() {
    }

    public static String of(EObject owner, EStructuralFeature feature) {
        return owner.eClass().getName() + "." + feature.getName();
    }
}
