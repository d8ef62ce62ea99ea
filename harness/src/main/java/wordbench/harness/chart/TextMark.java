package wordbench.harness.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Text at a point of the plot, drawn with {@code drawString} so that an SVG keeps it as text
 * (XChart's own labels are glyph outlines). It starts {@code dx} pixels right of the point (or ends
 * there, when {@code dx} is negative) and is centred on it vertically, shifted by {@code dy} pixels.
 */
final class TextMark extends Annotation {

    private final String text;
    private final double x;
    private final double y;
    private final Font font;
    private final Color colour;
    private final double dx;
    private final double dy;
    /** Where it was last drawn, in the chart's own pixels: what the layout tests check. */
    private Rectangle2D drawn = new Rectangle2D.Double();

    TextMark(String text, double x, double y, double dx, double dy, Font font, Color colour) {
        super(false);
        this.text = text;
        this.x = x;
        this.y = y;
        this.dx = dx;
        this.dy = dy;
        this.font = font;
        this.colour = colour;
    }

    String text() {
        return text;
    }

    double y() {
        return y;
    }

    Color colour() {
        return colour;
    }

    Rectangle2D drawn() {
        return drawn;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        double sx = getXAxisScreenValue(x);
        double left = dx >= 0 ? sx + dx : sx + dx - metrics.stringWidth(text);
        double baseline = getYAxisScreenValue(y) + dy + (metrics.getAscent() - metrics.getDescent()) / 2.0;
        g.drawString(text, (float) left, (float) baseline);
        drawn = new Rectangle2D.Double(left, baseline - metrics.getAscent(), metrics.stringWidth(text),
                metrics.getAscent() + metrics.getDescent());
    }

    @Override
    public Rectangle2D getBounds() {
        return new Rectangle2D.Double();
    }
}
