package maxwell.ui.runs;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;

import maxwell.ui.Images;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.FieldProblem;

/**
 * Runs the experiment of an editor: saves it first (a run trains what is on disk, and records a
 * copy of it), refuses while validation reports errors, then starts the run in the background.
 */
public final class RunExperimentAction extends Action {

    public static final String COMMAND = "maxwell.ui.commands.runExperiment";

    private final ExperimentEditor editor;
    private volatile PrepareRunJob lastStarted;

    public RunExperimentAction(ExperimentEditor editor) {
        super("&Run");
        this.editor = editor;
        setToolTipText("Train this experiment in a new run (saves it first)");
        setImageDescriptor(Images.descriptor(Images.RUN));
        setActionDefinitionId(COMMAND);
    }

    /** The job that prepares the run started last from this editor; null before the first. */
    public PrepareRunJob lastStarted() {
        return lastStarted;
    }

    @Override
    public void run() {
        editor.commitPendingEdits();
        List<FieldProblem> errors = editor.problems().stream().filter(FieldProblem::isError).toList();
        if (!errors.isEmpty()) {
            MessageDialog.openError(editor.getSite().getShell(), "Cannot run " + editor.getPartName(),
                    "Fix " + (errors.size() == 1 ? "this error" : "these " + errors.size() + " errors") + " first:\n\n"
                            + String.join("\n", errors.stream().limit(8).map(FieldProblem::message).toList()));
            editor.reveal(errors.get(0));
            return;
        }
        if (editor.isDirty()) {
            editor.doSave(null);
            if (editor.isDirty()) {
                return; // saving failed and said why
            }
        }
        lastStarted = RunLauncher.start(editor.file());
    }
}
