package maxwell.core.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import maxwell.model.ModelPackage;
import maxwell.model.RunRecord;
import maxwell.model.io.AtomicFiles;

/** The run record (XMI) of a run folder, read whole into memory and replaced atomically. */
public final class RunRecordFiles {

    private RunRecordFiles() {
    }

    public static RunRecord read(Path file) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StoreFormatException(file, "no run record");
        }
        ModelPackage.eINSTANCE.eClass(); // registers the package so the XMI's namespace resolves
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(content), Map.of(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE));
        } catch (IOException | RuntimeException e) {
            throw new StoreFormatException(file, "the run record cannot be read (" + rootMessage(e) + ")");
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof RunRecord record)) {
            throw new StoreFormatException(file, "this is not a run record");
        }
        return record;
    }

    /** Writes a copy, so the caller's record stays out of any resource. */
    public static void write(RunRecord record, Path file) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(EcoreUtil.copy(record));
        AtomicFiles.replace(file, out -> resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
