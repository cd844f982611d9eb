package maxwell.ui.editor;

import java.nio.file.Path;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;

/**
 * One experiment file being edited: the loaded model, the editing domain whose command stack
 * holds the undo history, and the file it saves back to (atomically).
 */
public final class ExperimentDocument {

    private final Path file;
    private final Experiment experiment;
    private final ComposedAdapterFactory adapterFactory;
    private final BasicCommandStack commandStack;
    private final AdapterFactoryEditingDomain domain;

    private ExperimentDocument(Path file, Experiment experiment) {
        this.file = file;
        this.experiment = experiment;
        this.adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        this.commandStack = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
                experiment.eResource() == null ? null : experiment.eResource().getResourceSet());
        if (experiment.eResource() != null) {
            // The file is the user's: its resource is not read-only whatever the URI scheme says.
            domain.setResourceToReadOnlyMap(new HashMap<>());
        }
    }

    public static ExperimentDocument load(Path file) throws ExperimentFileException {
        return new ExperimentDocument(file, ExperimentFiles.load(file));
    }

    public Path file() {
        return file;
    }

    public Experiment experiment() {
        return experiment;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    /** Writes the experiment over its file atomically; the undo history stays, the dirty mark goes. */
    public void save() throws ExperimentFileException {
        ExperimentFiles.save(experiment, file);
        commandStack.saveIsDone();
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
