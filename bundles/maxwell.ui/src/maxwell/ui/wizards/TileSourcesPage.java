package maxwell.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;

/** Second page, for own tile sources only: the folders or .mbtiles files, one per domain. */
final class TileSourcesPage extends WizardPage {

    private final List<Path> sources = new ArrayList<>();
    private ListViewer list;

    TileSourcesPage() {
        super("tileSources");
        setTitle("Tile sources");
        setDescription("One z/x/y folder or .mbtiles file per source; tiles are paired by address. At least two.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        list = new ListViewer(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        listLayout.widthHint = 480;
        listLayout.heightHint = 160;
        list.getList().setLayoutData(listLayout);
        list.setContentProvider(ArrayContentProvider.getInstance());
        // the domain name first: long paths are cut at the right, and the name is what the editor shows
        list.setLabelProvider(org.eclipse.jface.viewers.LabelProvider.createTextProvider(source -> {
            Path path = (Path) source;
            String name = path.getFileName().toString().replaceFirst("\\.mbtiles$", "");
            return name + "  —  " + path;
        }));
        list.setInput(sources);
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add folder...", () -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                add(Path.of(folder));
            }
        });
        button(buttons, "Add .mbtiles...", () -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setFilterExtensions(new String[] { "*.mbtiles", "*" });
            if (dialog.open() != null) {
                for (String name : dialog.getFileNames()) {
                    add(Path.of(dialog.getFilterPath(), name));
                }
            }
        });
        button(buttons, "Remove", () -> {
            sources.removeAll(list.getStructuredSelection().toList());
            changed();
        });
        setControl(page);
        changed();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
    }

    void add(Path source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
        changed();
    }

    List<Path> sources() {
        return List.copyOf(sources);
    }

    private void changed() {
        if (list != null && !list.getControl().isDisposed()) {
            list.refresh();
        }
        boolean enough = sources.size() >= 2;
        setErrorMessage(enough || sources.isEmpty() ? null : "Add at least one more source: domains are compared in pairs.");
        setPageComplete(enough);
    }
}
