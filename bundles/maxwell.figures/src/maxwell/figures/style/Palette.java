package maxwell.figures.style;

import java.awt.Color;

/**
 * Colours every figure uses. Categories come from Okabe &amp; Ito's colour-blind-safe set; ordered
 * values (epochs) from a viridis-like ramp, which stays ordered in grey and for colour-blind eyes.
 * Semantic (content) information is always blue, domain information always vermillion.
 */
public final class Palette {

    public static final Color SEMANTIC = new Color(0x0072B2);
    public static final Color DOMAIN = new Color(0xD55E00);
    public static final Color INK = new Color(0x222222);
    public static final Color MUTED = new Color(0x6B6B6B);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color PAPER = Color.WHITE;
    public static final Color CHAMBER = new Color(0xF4F4F0);
    public static final Color SURROGATE = new Color(0xBBBBBB);

    private static final Color[] CATEGORIES = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
            // beyond Okabe–Ito's eight: Paul Tol's muted scheme, also colour-blind safe
            new Color(0x332288), new Color(0x88CCEE), new Color(0x117733), new Color(0x999933), new Color(0xAA4499),
            new Color(0x882255), new Color(0x44AA99), new Color(0xDDCC77) };

    private static final Color[] VIRIDIS = { new Color(0x440154), new Color(0x3B528B), new Color(0x21918C),
            new Color(0x5EC962), new Color(0xFDE725) };

    private Palette() {
    }

    /** The i-th category colour (cycles after sixteen). */
    public static Color category(int i) {
        return CATEGORIES[Math.floorMod(i, CATEGORIES.length)];
    }

    /** A colour for a position in [0, 1] along an ordered scale, e.g. epoch / last epoch. */
    public static Color ordered(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double scaled = f * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(scaled));
        double t = scaled - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t), mix(a.getBlue(), b.getBlue(), t));
    }

    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static Color lighter(Color c, double towardsWhite) {
        return new Color(mix(c.getRed(), 255, towardsWhite), mix(c.getGreen(), 255, towardsWhite),
                mix(c.getBlue(), 255, towardsWhite));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
