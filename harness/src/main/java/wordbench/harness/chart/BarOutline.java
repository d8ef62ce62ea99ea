package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/** The outline of one horizontal bar, from {@code start} to {@code end} at height {@code y}, {@code thickness} pixels thick. */
final class BarOutline extends Annotation {

    private static final float STROKE = 3f;

    private final double start;
    private final double end;
    private final double y;
    private final double thickness;
    private final Color colour;

    BarOutline(double start, double end, double y, double thickness, Color colour) {
        super(false);
        this.start = start;
        this.end = end;
        this.y = y;
        this.thickness = thickness;
        this.colour = colour;
    }

    @Override
    public void paint(Graphics2D g) {
        double left = getXAxisScreenValue(start);
        double right = getXAxisScreenValue(end);
        double centre = getYAxisScreenValue(y);
        // Inside the bar's edges, so the outline does not make the bar look thicker than the others.
        double inset = STROKE / 2;
        g.setColor(colour);
        g.setStroke(new BasicStroke(STROKE));
        g.draw(new Rectangle2D.Double(left + inset, centre - thickness / 2 + inset,
                Math.max(0, right - left - 2 * inset), thickness - 2 * inset));
    }

    @Override
    public Rectangle2D getBounds() {
        return new Rectangle2D.Double();
    }
}
