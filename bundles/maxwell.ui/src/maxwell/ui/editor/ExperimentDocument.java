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

    /** The file's modification time when it was last read or written here; another writer changes it. */
    private volatile java.nio.file.attribute.FileTime knownVersion;

    private ExperimentDocument(Path file, Experiment experiment) {
        this.file = file;
        this.knownVersion = versionOf(file);
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
        knownVersion = versionOf(file);
        commandStack.saveIsDone();
    }

    /** Someone else (a text editor, git, the CLI) wrote the file since it was read or saved here. */
    public boolean changedOnDisk() {
        java.nio.file.attribute.FileTime now = versionOf(file);
        return now != null && !now.equals(knownVersion);
    }

    /** Keeps the editor's version although the file changed: the next save overwrites it. */
    public void ignoreChangeOnDisk() {
        knownVersion = versionOf(file);
    }

    private static java.nio.file.attribute.FileTime versionOf(Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            return null; // gone: saving writes it again
        }
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
