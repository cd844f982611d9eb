package maxwell.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo over an editor's command stack, labelled with what they would undo or redo. */
final class UndoRedoActions {

    private final Action undo;
    private final Action redo;

    /**
     * @param commitTyping run first: Ctrl+Z right after typing undoes what was typed, not the edit before it
     */
    UndoRedoActions(CommandStack stack, Runnable commitTyping) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo = new Action() {
            @Override
            public void run() {
                commitTyping.run();
                if (stack.canUndo()) {
                    stack.undo();
                }
            }
        };
        undo.setId(ActionFactory.UNDO.getId());
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo = new Action() {
            @Override
            public void run() {
                commitTyping.run();
                if (stack.canRedo()) {
                    stack.redo();
                }
            }
        };
        redo.setId(ActionFactory.REDO.getId());
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        update(stack);
    }

    Action undo() {
        return undo;
    }

    Action redo() {
        return redo;
    }

    void update(CommandStack stack) {
        undo.setEnabled(stack.canUndo());
        undo.setText("&Undo" + describe(stack.getUndoCommand()));
        redo.setEnabled(stack.canRedo());
        redo.setText("&Redo" + describe(stack.getRedoCommand()));
    }

    private static String describe(Command command) {
        return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
    }
}
