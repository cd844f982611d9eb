package maxwell.figures.demon;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import maxwell.figures.Figure;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.style.Palette;
import maxwell.figures.style.Type;
import maxwell.info.flow.Columns;
import maxwell.info.flow.FlowRow;

/**
 * How the bits flowed over training: at every evaluation point a column stacking the content
 * chamber's semantic and domain bits above the style chamber's, joined from point to point by
 * ribbons whose width is the bits held. One evaluation point can be marked (the current frame).
 */
public final class AlluvialStrip implements Figure {

    private final RunFigureData data;
    private final int marked;

    /** @param marked the evaluation point to mark, or -1 for none */
    public AlluvialStrip(RunFigureData data, int marked) {
        this.data = data;
        this.marked = marked;
    }

    @Override
    public String name() {
        return "alluvial-strip";
    }

    @Override
    public String caption() {
        return "Bits held by each chamber at every evaluation point: semantic (blue) and domain (vermillion) information, "
                + "content chamber above, style chamber below.";
    }

    @Override
    public Dimension naturalSize() {
        return new Dimension(1100, 220);
    }

    @Override
    public void draw(Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Palette.PAPER);
            g.fill(area);
            drawStrip(g, new Rectangle2D.Double(area.getX() + 10, area.getY() + 10, area.getWidth() - 20, area.getHeight() - 20));
        } finally {
            g.dispose();
        }
    }

    void drawStrip(Graphics2D g, Rectangle2D box) {
        int n = data.points();
        String c = data.contentPartition();
        String s = data.stylePartition();
        String[] columns = { Columns.contentInformation(c), Columns.domainInformation(c), Columns.contentInformation(s),
                Columns.domainInformation(s) };
        Color[] colours = { Palette.SEMANTIC, Palette.DOMAIN, Palette.lighter(Palette.SEMANTIC, 0.35),
                Palette.lighter(Palette.DOMAIN, 0.35) };
        double[][] bits = new double[n][columns.length];
        double most = 0;
        for (int t = 0; t < n; t++) {
            FlowRow row = data.table().row(t);
            double total = 0;
            for (int k = 0; k < columns.length; k++) {
                bits[t][k] = Math.max(0, row.value(columns[k]));
                total += bits[t][k];
            }
            most = Math.max(most, total);
        }
        g.setFont(Type.HEADING);
        g.setColor(Palette.INK);
        g.drawString("Bits over training", (float) box.getX(), (float) box.getY() + 14);
        double left = box.getX() + 70;
        double right = box.getMaxX() - 20;
        double top = box.getY() + 26;
        double gap = 10;
        double height = box.getHeight() - 26 - 34;
        double perBit = most > 0 ? (height - gap) / most : 0;
        double[] xs = new double[n];
        for (int t = 0; t < n; t++) {
            xs[t] = n == 1 ? (left + right) / 2 : left + (right - left) * t / (n - 1);
        }
        // y of each band's top at each point: content bands from the top, then a gap, then style bands
        double[][] tops = new double[n][columns.length];
        for (int t = 0; t < n; t++) {
            double y = top;
            for (int k = 0; k < columns.length; k++) {
                if (k == 2) {
                    y += gap;
                }
                tops[t][k] = y;
                y += bits[t][k] * perBit;
            }
        }
        double columnWidth = n == 1 ? 40 : Math.min(14, (right - left) / (n - 1) / 3);
        for (int k = 0; k < columns.length; k++) {
            g.setColor(Palette.translucent(colours[k], 150));
            for (int t = 0; t + 1 < n; t++) {
                double x0 = xs[t] + columnWidth / 2;
                double x1 = xs[t + 1] - columnWidth / 2;
                double mid = (x0 + x1) / 2;
                GeneralPath ribbon = new GeneralPath();
                ribbon.moveTo(x0, tops[t][k]);
                ribbon.curveTo(mid, tops[t][k], mid, tops[t + 1][k], x1, tops[t + 1][k]);
                double b0 = tops[t][k] + bits[t][k] * perBit;
                double b1 = tops[t + 1][k] + bits[t + 1][k] * perBit;
                ribbon.lineTo(x1, b1);
                ribbon.curveTo(mid, b1, mid, b0, x0, b0);
                ribbon.closePath();
                g.fill(ribbon);
            }
            g.setColor(colours[k]);
            for (int t = 0; t < n; t++) {
                g.fill(new Rectangle2D.Double(xs[t] - columnWidth / 2, tops[t][k], columnWidth, bits[t][k] * perBit));
            }
        }
        g.setFont(Type.SMALL);
        g.setColor(Palette.INK);
        if (n > 0) {
            Type.right(g, "Z_" + c, left - 14, tops[0][0] + 12);
            Type.right(g, "Z_" + s, left - 14, tops[0][2] + 12);
        }
        g.setColor(Palette.MUTED);
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int t = 0; t < n; t++) {
            if (t % labelEvery == 0 || t == n - 1) {
                Type.centred(g, "ep " + maxwell.core.analysis.SnapshotAdapter.epochText(data.epochOf(t)), xs[t],
                        box.getMaxY() - 16);
            }
        }
        Type.right(g, "band width: bits held, on the scale of the largest column", box.getMaxX(), box.getY() + 14);
        if (marked >= 0 && marked < n) {
            g.setColor(Palette.INK);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 4f }, 0f));
            g.draw(new Line2D.Double(xs[marked], top - 6, xs[marked], box.getMaxY() - 30));
        }
        legend(g, box.getX() + 260, box.getY() + 14);
    }

    private static void legend(Graphics2D g, double x, double y) {
        g.setFont(Type.SMALL);
        g.setColor(Palette.SEMANTIC);
        g.fill(new Rectangle2D.Double(x, y - 10, 12, 12));
        g.setColor(Palette.INK);
        g.drawString("semantic I(Z;C)", (float) x + 16, (float) y);
        g.setColor(Palette.DOMAIN);
        g.fill(new Rectangle2D.Double(x + 130, y - 10, 12, 12));
        g.setColor(Palette.INK);
        g.drawString("domain I(Z;D)", (float) x + 146, (float) y);
    }
}
