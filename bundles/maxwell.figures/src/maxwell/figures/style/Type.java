package maxwell.figures.style;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Locale;

/** Fonts and number formats shared by the figures, sized to stay readable at README width. */
public final class Type {

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    public static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font NUMBER = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private Type() {
    }

    /** Bits as the figures print them: two decimals. Tests compare the printed text with the table through this. */
    public static String bits(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed change, e.g. {@code +0.12}. */
    public static String signed(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+.2f", value);
    }

    public static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public static void centred(Graphics2D g, String text, double centreX, double baseline) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (centreX - m.stringWidth(text) / 2.0), (float) baseline);
    }

    public static void right(Graphics2D g, String text, double rightX, double baseline) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (rightX - m.stringWidth(text)), (float) baseline);
    }
}
