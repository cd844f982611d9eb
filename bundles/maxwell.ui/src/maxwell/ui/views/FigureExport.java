package maxwell.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import maxwell.figures.Figure;
import maxwell.figures.export.FigureFiles;

/** Writing a shown figure to a file the user picks: PNG or SVG by the file's extension, in a job. */
public final class FigureExport {

    private FigureExport() {
    }

    /**
     * Asks where to write the figure.
     *
     * @return the chosen file with a .png or .svg extension, or null if the user cancelled
     */
    public static Path askFile(Shell shell, String title, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
        dialog.setFileName(suggestedName + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            chosen += dialog.getFilterIndex() == 1 ? ".svg" : ".png";
        }
        return Paths.get(chosen);
    }

    /**
     * Writes {@code figure} to {@code file}: SVG if its name ends in {@code .svg}, else PNG at the figure's
     * natural size (FigureFiles' larger scales lay the figure out larger with text of the same size, so
     * the text would come out small). Rendering runs in a job; the file is replaced atomically.
     *
     * @return the job, already scheduled
     */
    public static Job write(Figure figure, Path file, String what) {
        Job job = Job.create("Exporting " + file.getFileName(), monitor -> {
            try {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                    FigureFiles.writeSvg(figure, file);
                } else {
                    FigureFiles.writePng(figure, 1, file);
                }
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error("Could not export the " + what + " to " + file + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
