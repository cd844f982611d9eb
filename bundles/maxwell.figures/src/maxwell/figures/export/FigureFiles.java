package maxwell.figures.export;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.graphics2d.svg.SVGGraphics2D;

import maxwell.figures.Figure;
import maxwell.model.io.AtomicFiles;

/** A figure as PNG (any scale, e.g. 2 for sharp README images) and as SVG (JFreeSVG), written atomically. */
public final class FigureFiles {

    private FigureFiles() {
    }

    public static BufferedImage render(Figure figure, double scale) {
        Dimension size = figure.naturalSize();
        int width = (int) Math.round(size.width * scale);
        int height = (int) Math.round(size.height * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            figure.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(Figure figure, double scale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(render(figure, scale), "png", bytes);
        return bytes.toByteArray();
    }

    public static String svg(Figure figure) {
        Dimension size = figure.naturalSize();
        SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
        figure.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        return g.getSVGDocument();
    }

    public static void writePng(Figure figure, double scale, Path file) throws IOException {
        byte[] bytes = png(figure, scale);
        AtomicFiles.replace(file, out -> out.write(bytes));
    }

    public static void writeSvg(Figure figure, Path file) throws IOException {
        byte[] bytes = svg(figure).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.replace(file, out -> out.write(bytes));
    }
}
