package maxwell.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An experiment file as editor input. Persistable, so editors that were open when the workbench
 * closed come back with it; two inputs for the same file are equal, so opening a file twice
 * brings its editor to the front instead of opening a second one.
 */
public final class ExperimentFileInput implements IPathEditorInput, IPersistableElement {

    static final String PATH_KEY = "path";

    private final Path file;

    public ExperimentFileInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public String getFactoryId() {
        return ExperimentFileInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(PATH_KEY, file.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExperimentFileInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
