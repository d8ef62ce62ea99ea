package wordbench.harness.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Names written at the right end of their lines, in the line's colour, instead of a legend; where
 * ends lie close together the names are pushed apart vertically, all in one column right of the
 * ends, each joined to its line by a thin leader, so none overlaps another or a point.
 */
final class EndLabels extends Annotation {

    record End(String text, double x, double y, Color colour) {
    }

    private static final int GAP = 22;

    private final List<End> ends;
    private final Font font;

    EndLabels(List<End> ends, Font font) {
        super(false);
        this.ends = List.copyOf(ends);
        this.font = font;
    }

    List<End> ends() {
        return ends;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double spacing = metrics.getAscent() + 6;
        record Placed(End end, double sx, double sy, double[] y) {
        }
        List<Placed> placed = new ArrayList<>();
        for (End end : ends) {
            double sy = getYAxisScreenValue(end.y());
            placed.add(new Placed(end, getXAxisScreenValue(end.x()), sy, new double[] {sy}));
        }
        placed.sort(Comparator.comparingDouble(Placed::sy));
        // Push down what is too close to the one above, then pull the column back up if it ran low.
        for (int i = 1; i < placed.size(); i++) {
            placed.get(i).y()[0] = Math.max(placed.get(i).y()[0], placed.get(i - 1).y()[0] + spacing);
        }
        // One column right of every end (and of its whisker's cap), so no name covers a point.
        double left = placed.stream().mapToDouble(Placed::sx).max().orElse(0) + Whiskers.CAP + GAP;
        for (Placed p : placed) {
            g.setColor(p.end().colour());
            g.setStroke(new java.awt.BasicStroke(2f));
            g.draw(new java.awt.geom.Line2D.Double(p.sx() + Whiskers.CAP, p.sy(), left - 6, p.y()[0]));
            g.drawString(p.end().text(), (float) left, (float) (p.y()[0] + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    @Override
    public Rectangle2D getBounds() {
        return new Rectangle2D.Double();
    }
}
