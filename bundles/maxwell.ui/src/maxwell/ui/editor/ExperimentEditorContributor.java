package maxwell.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the workbench's Undo and Redo (Edit menu, Ctrl+Z, Ctrl+Y) at the active experiment
 * editor's command stack. Editors of one type share their action bars, so this must follow
 * activation rather than be set once per editor.
 */
public final class ExperimentEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof ExperimentEditor editor) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoRedo().undo());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.undoRedo().redo());
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
        }
        bars.updateActionBars();
    }
}
