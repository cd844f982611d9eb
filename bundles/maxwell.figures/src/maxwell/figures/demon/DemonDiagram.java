package maxwell.figures.demon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonQuantities.Bits;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;

/**
 * The demon diagram: the content and style chambers side by side with their semantic and domain
 * bits (each bar scaled to the entropy it can at most reach, the permutation-surrogate band
 * shaded), the gate with the demon, arrows across the gate sized by the bits moved since the
 * previous evaluation, the split of the change in I(Z_c;Z_s) into l_c and l_s, the demon's
 * ledger, and below an alluvial strip of all evaluation points with this one marked. The
 * evaluation point is the frame of an animation.
 */
public final class DemonDiagram implements Figure {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 760;
    private static final double BAR_HEIGHT = 230;
    /** Arrow thickness for one bit moved; thin arrows stay visible. */
    private static final double ARROW_PIXELS_PER_BIT = 40;

    private final RunFigureData data;
    private final int index;
    private final DemonQuantities q;

    /** @param index the evaluation point (row of the demon table); negative counts from the end */
    public DemonDiagram(RunFigureData data, int index) {
        this.data = data;
        this.index = index < 0 ? data.points() + index : index;
        if (this.index < 0 || this.index >= data.points()) {
            throw new IllegalArgumentException("no evaluation point " + index + " (the run has " + data.points() + ")");
        }
        this.q = DemonQuantities.at(data, this.index);
    }

    public DemonQuantities quantities() {
        return q;
    }

    @Override
    public String name() {
        return "demon-diagram";
    }

    @Override
    public String caption() {
        return "The demon diagram at " + q.point() + ": semantic (blue) and domain (vermillion) bits in each chamber, "
                + "bits moved across the gate since the previous evaluation, and the demon's ledger.";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(WIDTH, HEIGHT);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.translate(area.getX(), area.getY());
            double scale = Math.min(area.getWidth() / WIDTH, area.getHeight() / HEIGHT);
            g.translate((area.getWidth() - WIDTH * scale) / 2, (area.getHeight() - HEIGHT * scale) / 2);
            g.scale(scale, scale);
            g.setColor(Palette.PAPER);
            g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            header(g);
            chamber(g, new Rectangle2D.Double(30, 70, 420, 370), "content chamber", q.content(), q.contentSemantic(),
                    q.contentDomain(), q.contentRate());
            chamber(g, new Rectangle2D.Double(650, 70, 420, 370), "style chamber", q.style(), q.styleSemantic(),
                    q.styleDomain(), q.styleRate());
            gate(g, new Rectangle2D.Double(450, 70, 200, 370));
            ledger(g, new Rectangle2D.Double(30, 456, 1040, 120));
            new AlluvialStrip(data, index).drawStrip(g, new Rectangle2D.Double(30, 590, 1040, 160));
        } finally {
            g.dispose();
        }
    }

    private void header(Graphics2D g) {
        g.setColor(Palette.INK);
        g.setFont(Type.TITLE);
        g.drawString("Maxwell's demon at " + q.point(), 30, 34);
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        g.drawString(data.runId(), 30, 54);
        g.setFont(Type.NUMBER);
        g.setColor(Palette.DOMAIN);
        Type.right(g, "σ_D = " + Type.ratio(q.sigmaD()), 880, 34);
        g.setColor(Palette.SEMANTIC);
        Type.right(g, "σ_C = " + Type.ratio(q.sigmaC()), 1070, 34);
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        Type.right(g, "segregation: 1 = domain only in style, semantics only in content", 1070, 54);
    }

    private void chamber(Graphics2D g, Rectangle2D box, String title, String partition, Bits semantic, Bits domain,
            double[] rate) {
        g.setColor(Palette.CHAMBER);
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 18, 18));
        g.setColor(Palette.MUTED);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 18, 18));
        g.setColor(Palette.INK);
        g.setFont(Type.HEADING);
        Type.centred(g, title + "  Z_" + partition, box.getCenterX(), box.getY() + 26);
        double barsTop = box.getY() + 70;
        bar(g, box.getX() + 70, barsTop, semantic, q.entropyC(), Palette.SEMANTIC, "semantic", "I(Z_" + partition + ";C)",
                "H(C)");
        bar(g, box.getX() + 250, barsTop, domain, q.entropyD(), Palette.DOMAIN, "domain", "I(Z_" + partition + ";D)", "H(D)");
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        String rateText = Double.isNaN(rate[0]) ? "rate I(X;Z_" + partition + "): not estimated"
                : String.format(Locale.ROOT, "rate I(X;Z_%s) between %s and %s bits", partition, Type.bits(rate[0]),
                        Type.bits(rate[1]));
        Type.centred(g, rateText, box.getCenterX(), box.getMaxY() - 12);
    }

    /** A bar whose full height is the entropy (the most the chamber can hold), filled to the measured bits. */
    private void bar(Graphics2D g, double x, double top, Bits bits, double entropy, Color colour, String kind,
            String quantity, String entropyName) {
        double width = 100;
        double bottom = top + BAR_HEIGHT;
        double h = entropy > 0 ? BAR_HEIGHT / entropy : 0;
        g.setColor(Palette.PAPER);
        g.fill(new Rectangle2D.Double(x, top, width, BAR_HEIGHT));
        if (!Double.isNaN(bits.surrogate95()) && bits.surrogate95() > 0) {
            double band = Math.min(BAR_HEIGHT, bits.surrogate95() * h);
            g.setColor(Palette.translucent(Palette.SURROGATE, 140));
            g.fill(new Rectangle2D.Double(x, bottom - band, width, band));
        }
        double value = Math.max(0, Math.min(BAR_HEIGHT, bits.value() * h));
        boolean zero = bits.indistinguishableFromZero();
        g.setColor(zero ? Palette.translucent(colour, 70) : colour);
        g.fill(new Rectangle2D.Double(x + 18, bottom - value, width - 36, value));
        if (!Double.isNaN(bits.low())) {
            g.setColor(Palette.INK);
            g.setStroke(new BasicStroke(1.5f));
            double lo = bottom - Math.max(0, Math.min(BAR_HEIGHT, bits.low() * h));
            double hi = bottom - Math.max(0, Math.min(BAR_HEIGHT, bits.high() * h));
            g.draw(new Line2D.Double(x + width / 2, lo, x + width / 2, hi));
            g.draw(new Line2D.Double(x + width / 2 - 6, lo, x + width / 2 + 6, lo));
            g.draw(new Line2D.Double(x + width / 2 - 6, hi, x + width / 2 + 6, hi));
        }
        g.setColor(Palette.MUTED);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, top, width, BAR_HEIGHT));
        g.setFont(Type.SMALL);
        Type.centred(g, entropyName + " = " + Type.bits(entropy) + " bits", x + width / 2, top - 8);
        g.setFont(Type.NUMBER);
        g.setColor(zero ? Palette.MUTED : colour.darker());
        double whiskerTop = Double.isNaN(bits.high()) ? bottom - value
                : Math.min(bottom - value, bottom - Math.max(0, Math.min(BAR_HEIGHT, bits.high() * h)));
        double labelY = Math.max(top + 20, whiskerTop - 8);
        Type.centred(g, Type.bits(bits.value()), x + width / 2, labelY);
        g.setFont(Type.BODY);
        g.setColor(Palette.INK);
        Type.centred(g, kind + " bits", x + width / 2, bottom + 20);
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        Type.centred(g, zero ? quantity + " ≈ 0 (in surrogate band)" : quantity, x + width / 2, bottom + 36);
    }

    private void gate(Graphics2D g, Rectangle2D box) {
        double cx = box.getCenterX();
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        // the wall: short pieces at top and bottom, the opening between them is the gate
        g.draw(new Line2D.Double(cx, box.getY(), cx, box.getY() + 14));
        g.draw(new Line2D.Double(cx, box.getMaxY() - 14, cx, box.getMaxY()));
        demon(g, cx, box.getY() + 18, q.ledger().demons() == 1 ? "the demon" : q.ledger().demons() + " demons");
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        Type.centred(g, "moved since the previous point", cx, box.getY() + 140);
        if (index == 0 || Double.isNaN(q.deltaContentDomain())) {
            g.setFont(Type.BODY);
            Type.centred(g, "first evaluation:", cx, box.getY() + 175);
            Type.centred(g, "nothing moved yet", cx, box.getY() + 193);
            return;
        }
        double domain = q.domainMovedToStyle();
        double semantic = q.semanticMovedToContent();
        arrow(g, cx, box.getY() + 172, domain >= 0 ? 1 : -1, Math.abs(domain), Palette.DOMAIN);
        g.setFont(Type.SMALL);
        g.setColor(Palette.DOMAIN.darker());
        Type.centred(g, "domain " + Type.signed(Math.abs(domain)).substring(1) + " bits " + (domain >= 0 ? "→ style" : "→ content"),
                cx, box.getY() + 200);
        arrow(g, cx, box.getY() + 222, semantic >= 0 ? -1 : 1, Math.abs(semantic), Palette.SEMANTIC);
        g.setColor(Palette.SEMANTIC.darker());
        Type.centred(g, "semantic " + Type.signed(Math.abs(semantic)).substring(1) + " bits "
                + (semantic >= 0 ? "→ content" : "→ style"), cx, box.getY() + 250);
        g.setColor(Palette.INK);
        g.setFont(Type.SMALL);
        Type.centred(g, "ΔI(Z_c;Z_s) = " + Type.signed(q.deltaDependence()) + " bits", cx, box.getMaxY() - 92);
        splitBar(g, cx, box.getMaxY() - 80);
        Type.centred(g, "l_c " + Type.signed(q.lc()) + "    l_s " + Type.signed(q.ls()), cx, box.getMaxY() - 50);
        g.setColor(Palette.MUTED);
        Type.centred(g, "(content update | style update)", cx, box.getMaxY() - 34);
    }

    /** The share of l_c and l_s in |ΔI(Z_c;Z_s)| as a two-part bar. */
    private void splitBar(Graphics2D g, double cx, double y) {
        double total = Math.abs(q.lc()) + Math.abs(q.ls());
        double width = 150;
        double left = cx - width / 2;
        double lcWidth = total > 0 ? width * Math.abs(q.lc()) / total : width / 2;
        g.setColor(Palette.category(0));
        g.fill(new Rectangle2D.Double(left, y, lcWidth, 12));
        g.setColor(Palette.category(1));
        g.fill(new Rectangle2D.Double(left + lcWidth, y, width - lcWidth, 12));
        g.setColor(Palette.INK);
    }

    private void arrow(Graphics2D g, double cx, double y, int direction, double bits, Color colour) {
        double thickness = Math.max(2, Math.min(26, bits * ARROW_PIXELS_PER_BIT));
        double half = 80;
        GeneralPath path = new GeneralPath();
        double head = Math.max(14, thickness * 1.2);
        path.moveTo(-half, -thickness / 2);
        path.lineTo(half - head, -thickness / 2);
        path.lineTo(half - head, -thickness / 2 - head / 2);
        path.lineTo(half, 0);
        path.lineTo(half - head, thickness / 2 + head / 2);
        path.lineTo(half - head, thickness / 2);
        path.lineTo(-half, thickness / 2);
        path.closePath();
        AffineTransform at = new AffineTransform();
        at.translate(cx, y);
        at.scale(direction, 1);
        Shape shape = at.createTransformedShape(path);
        g.setColor(Palette.translucent(colour, 220));
        g.fill(shape);
    }

    /** A small horned figure at the gate: the adversary (or the ensemble, as the label says). */
    private static void demon(Graphics2D g, double cx, double top, String label) {
        double r = 20;
        double cy = top + 55;
        g.setColor(new Color(0x7A1F1F));
        GeneralPath horns = new GeneralPath();
        horns.moveTo(cx - 14, cy - 14);
        horns.lineTo(cx - 22, cy - 34);
        horns.lineTo(cx - 4, cy - 19);
        horns.moveTo(cx + 14, cy - 14);
        horns.lineTo(cx + 22, cy - 34);
        horns.lineTo(cx + 4, cy - 19);
        g.fill(horns);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx - 9, cy - 6, 6, 6));
        g.fill(new Ellipse2D.Double(cx + 3, cy - 6, 6, 6));
        g.setStroke(new BasicStroke(2f));
        g.draw(new java.awt.geom.Arc2D.Double(cx - 8, cy - 2, 16, 10, 200, 140, java.awt.geom.Arc2D.OPEN));
        g.setColor(Palette.INK);
        g.setFont(Type.SMALL);
        Type.centred(g, label, cx, cy + r + 14);
    }

    private void ledger(Graphics2D g, Rectangle2D box) {
        DemonQuantities.Ledger l = q.ledger();
        g.setColor(new Color(0xFBF7EE));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 12, 12));
        g.setColor(Palette.MUTED);
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 12, 12));
        g.setColor(Palette.INK);
        g.setFont(Type.HEADING);
        String title = l.demons() == 1 ? "The demon's ledger  (adversary watching Z_" + q.content() + ")"
                : "The demons' ledger  (" + l.demons() + " demons watching Z_" + q.content()
                        + ": accuracies of their vote, their mean CE)";
        g.drawString(title, (float) box.getX() + 16, (float) box.getY() + 24);
        double[] columns = { box.getX() + 16, box.getX() + 360, box.getX() + 700 };
        double y = box.getY() + 52;
        g.setFont(Type.BODY);
        entry(g, columns[0], y, "accuracy on the probe set", Type.ratio(l.probeAccuracy()) + "  (chance " + Type.ratio(l.chance()) + ")");
        entry(g, columns[0], y + 40, "accuracy on training batches", Type.ratio(l.trainingAccuracy()));
        entry(g, columns[1], y, "cross-entropy CE", Type.bits(l.crossEntropyBits()) + " bits");
        entry(g, columns[1], y + 40, "H(D) − CE: bits it measures, at least", Type.bits(l.measuredBits()) + " bits");
        double truth = q.contentDomain().value();
        entry(g, columns[2], y, "I(Z_" + q.content() + ";D), kNN estimate", Type.bits(truth) + " bits");
        String leak = Double.isNaN(l.measuredBits()) ? "–"
                : Type.bits(truth - Math.max(0, l.measuredBits())) + " bits";
        String fresh = Double.isNaN(l.freshProbeAccuracy()) ? ""
                : "   fresh probe acc. " + Type.ratio(l.freshProbeAccuracy());
        entry(g, columns[2], y + 40, (l.demons() == 1 ? "leak past the demon" : "leak past the demons")
                + ": I(Z_c;D) − (H(D) − CE)", leak + fresh);
    }

    private static void entry(Graphics2D g, double x, double y, String label, String value) {
        g.setFont(Type.SMALL);
        g.setColor(Palette.MUTED);
        g.drawString(label, (float) x, (float) y);
        g.setFont(Type.NUMBER);
        g.setColor(Palette.INK);
        g.drawString(value, (float) x, (float) y + 18);
    }
}
