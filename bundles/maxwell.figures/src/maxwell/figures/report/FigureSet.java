package maxwell.figures.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import maxwell.figures.Figure;
import maxwell.figures.export.FigureFiles;

/** Writes a report's figures (PNG and SVG under {@code figures/}) and returns their HTML. */
final class FigureSet {

    private final Path folder;

    FigureSet(Path reportFolder) throws IOException {
        this.folder = Files.createDirectories(reportFolder.resolve("figures"));
    }

    String add(Figure figure) throws IOException {
        return add(figure, figure.name());
    }

    String add(Figure figure, String name) throws IOException {
        byte[] png = FigureFiles.png(figure, 1);
        Files.createDirectories(folder);
        maxwell.model.io.AtomicFiles.replace(folder.resolve(name + ".png"), out -> out.write(png));
        FigureFiles.writeSvg(figure, folder.resolve(name + ".svg"));
        return Html.figure(name, png, figure.caption(), true);
    }

    /** An animation frame: PNG only, linked, not embedded. */
    String frame(Figure figure, String name, String label) throws IOException {
        FigureFiles.writePng(figure, 1, folder.resolve(name + ".png"));
        return "<a href=\"figures/" + name + ".png\">" + Html.escape(label) + "</a> ";
    }
}
