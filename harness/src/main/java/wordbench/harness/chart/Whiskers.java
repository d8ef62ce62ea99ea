package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An interval drawn by us, not by XChart (whose error bars are wrong on a log axis): a line from
 * low to high with a cap at each end, along x (horizontal bars) or along y (points of a line).
 * An end beyond the axis is cut at the axis and drawn without its cap, so a cut is visible.
 */
final class Whiskers extends Annotation {

    static final double CAP = 14;

    private final double x;
    private final double y;
    private final double low;
    private final double high;
    private final boolean alongX;
    private final Color colour;

    /** Along x at height {@code y}: from (low, y) to (high, y). */
    static Whiskers horizontal(double y, double low, double high, Color colour) {
        return new Whiskers(Double.NaN, y, low, high, true, colour);
    }

    /** Along y at {@code x}: from (x, low) to (x, high). */
    static Whiskers vertical(double x, double low, double high, Color colour) {
        return new Whiskers(x, Double.NaN, low, high, false, colour);
    }

    private Whiskers(double x, double y, double low, double high, boolean alongX, Color colour) {
        super(false);
        this.x = x;
        this.y = y;
        this.low = low;
        this.high = high;
        this.alongX = alongX;
        this.colour = colour;
    }

    /** The height of a horizontal interval (NaN for a vertical one). */
    double y() {
        return y;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        if (alongX) {
            double min = chart.getStyler() instanceof org.knowm.xchart.style.XYStyler s && s.getXAxisMin() != null ? s.getXAxisMin() : low;
            double max = chart.getStyler() instanceof org.knowm.xchart.style.XYStyler s && s.getXAxisMax() != null ? s.getXAxisMax() : high;
            double from = getXAxisScreenValue(Math.max(low, min));
            double to = getXAxisScreenValue(Math.min(high, max));
            double sy = getYAxisScreenValue(y);
            g.draw(new Line2D.Double(from, sy, to, sy));
            if (low >= min) {
                g.draw(new Line2D.Double(from, sy - CAP, from, sy + CAP));
            }
            if (high <= max) {
                g.draw(new Line2D.Double(to, sy - CAP, to, sy + CAP));
            }
        } else {
            double sx = getXAxisScreenValue(x);
            double from = getYAxisScreenValue(low);
            double to = getYAxisScreenValue(high);
            g.draw(new Line2D.Double(sx, from, sx, to));
            g.draw(new Line2D.Double(sx - CAP, from, sx + CAP, from));
            g.draw(new Line2D.Double(sx - CAP, to, sx + CAP, to));
        }
    }

    @Override
    public Rectangle2D getBounds() {
        return new Rectangle2D.Double();
    }
}
