package maxwell.ui.compare;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import maxwell.ui.Images;

/** The runs to compare, by id in one run store. Equal inputs bring the open comparison to the front. */
public record RunComparisonInput(Path store, List<String> runIds) implements IEditorInput {

    public RunComparisonInput {
        runIds = List.copyOf(runIds);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public boolean exists() {
        return false; // not worth a place in the recently-opened list
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return Images.descriptor(Images.COMPARE);
    }

    @Override
    public String getName() {
        return "Compare " + runIds.size() + " runs";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return String.join("\n", runIds);
    }
}
