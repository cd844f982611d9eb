package maxwell.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** First page: which template, the experiment's name and the folder (in the workspace) for its file. */
final class TemplatePage extends WizardPage {

    static final String DEFAULT_FOLDER = "experiments";

    private final Path workspace;
    private final Map<ExperimentTemplate, Button> choices = new EnumMap<>(ExperimentTemplate.class);
    private ExperimentTemplate template = ExperimentTemplate.MAP_TILES;
    private Text name;
    private Text folder;
    private Label target;
    private boolean nameEdited;

    TemplatePage(Path workspace) {
        super("template");
        this.workspace = workspace;
        setTitle("New experiment");
        setDescription("Start from a template; everything can be changed in the editor afterwards.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        Label templates = new Label(page, SWT.NONE);
        templates.setText("Template:");
        templates.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        for (ExperimentTemplate each : ExperimentTemplate.values()) {
            Button choice = new Button(page, SWT.RADIO);
            choice.setText(each.title());
            choice.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
            choice.setSelection(each == template);
            choice.addListener(SWT.Selection, event -> {
                if (choice.getSelection()) {
                    choose(each);
                }
            });
            Label description = new Label(page, SWT.WRAP);
            description.setText(each.description());
            GridData indent = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            indent.horizontalIndent = 24;
            indent.widthHint = 460;
            description.setLayoutData(indent);
            choices.put(each, choice);
        }

        new Label(page, SWT.NONE).setText("Name:");
        name = new Text(page, SWT.BORDER);
        name.setText(template.defaultName());
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, event -> {
            nameEdited = !name.getText().equals(template.defaultName());
            update();
        });

        new Label(page, SWT.NONE).setText("Folder:");
        folder = new Text(page, SWT.BORDER);
        folder.setText(DEFAULT_FOLDER);
        folder.setToolTipText("A folder in the workspace (" + workspace + "), or an absolute path");
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.addListener(SWT.Modify, event -> update());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder().toString());
            String chosen = dialog.open();
            if (chosen != null) {
                Path path = Path.of(chosen);
                folder.setText(path.startsWith(workspace) ? workspace.relativize(path).toString() : chosen);
            }
        });

        target = new Label(page, SWT.NONE);
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        setControl(page);
        update();
    }

    void choose(ExperimentTemplate chosen) {
        template = chosen;
        choices.forEach((each, button) -> button.setSelection(each == chosen));
        if (!nameEdited) {
            name.setText(chosen.defaultName());
        }
        update();
        getContainer().updateButtons();
    }

    ExperimentTemplate template() {
        return template;
    }

    String experimentName() {
        return name.getText().trim();
    }

    Path folder() {
        Path path = Path.of(folder.getText().trim());
        return path.isAbsolute() ? path : workspace.resolve(path);
    }

    /** Where the experiment will be written. */
    Path file() {
        String safe = experimentName().replaceAll("[^A-Za-z0-9._-]+", "-");
        return folder().resolve(safe + ".maxwell").normalize();
    }

    Text nameField() {
        return name;
    }

    private void update() {
        String problem = null;
        if (experimentName().isEmpty()) {
            problem = "Give the experiment a name.";
        } else if (folder.getText().isBlank()) {
            problem = "Choose a folder for the experiment file.";
        } else if (Files.exists(file())) {
            problem = file().getFileName() + " already exists in " + file().getParent() + "; choose another name.";
        }
        target.setText(problem == null ? "Writes " + file() : "");
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
