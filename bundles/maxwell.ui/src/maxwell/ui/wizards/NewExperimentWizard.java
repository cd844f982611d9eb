package maxwell.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import maxwell.model.Experiment;
import maxwell.model.io.ExperimentFiles;
import maxwell.ui.editor.ExperimentEditor;
import maxwell.ui.editor.ExperimentFileInput;
import maxwell.ui.runs.Workspace;
import maxwell.ui.runs.WorkspaceChanges;

/** Writes a new experiment file from a template (atomically) and opens it in the experiment editor. */
public final class NewExperimentWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private TemplatePage templatePage;
    private TileSourcesPage sourcesPage;
    private Path created;

    public NewExperimentWizard() {
        setWindowTitle("New Experiment");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        templatePage = new TemplatePage(Workspace.folder());
        sourcesPage = new TileSourcesPage();
        addPage(templatePage);
        addPage(sourcesPage);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        return page == templatePage && templatePage.template().needsSources() ? sourcesPage : null;
    }

    @Override
    public boolean canFinish() {
        return templatePage.isPageComplete() && (!templatePage.template().needsSources() || sourcesPage.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        Path file = templatePage.file();
        try {
            Experiment experiment = templatePage.template().create(sourcesPage.sources());
            experiment.setName(templatePage.experimentName());
            Files.createDirectories(file.getParent());
            ExperimentFiles.save(experiment, file);
        } catch (Exception e) {
            templatePage.setErrorMessage("Cannot write " + file + ": " + e.getMessage());
            return false;
        }
        created = file;
        WorkspaceChanges.fire();
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            page.openEditor(new ExperimentFileInput(file), ExperimentEditor.ID);
        } catch (PartInitException e) {
            templatePage.setErrorMessage("Wrote " + file + " but cannot open it: " + e.getMessage());
        }
        return true;
    }

    /** The file the wizard wrote; null until it finished. */
    public Path created() {
        return created;
    }

    /** For tests and for a caller that knows what it wants: picks a template and names the experiment. */
    public void choose(ExperimentTemplate template, String name) {
        templatePage.choose(template);
        templatePage.nameField().setText(name);
    }

    public void addSource(Path source) {
        sourcesPage.add(source);
    }
}
