package maxwell.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores the experiment editors of the last session; a file deleted meanwhile is skipped. */
public final class ExperimentFileInputFactory implements IElementFactory {

    public static final String ID = "maxwell.ui.editor.experimentFileInput";

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(ExperimentFileInput.PATH_KEY);
        if (path == null) {
            return null;
        }
        Path file = Paths.get(path);
        return Files.isRegularFile(file) ? new ExperimentFileInput(file) : null;
    }
}
