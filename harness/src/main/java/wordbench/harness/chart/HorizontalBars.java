package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Horizontal bars, first bar on top, each with its interval (our own {@link Whiskers}) and its
 * label just right of whichever ends further right, the bar or its interval, so a label never
 * covers a bar, an interval or an axis. The x axis is extended until the longest label fits.
 *
 * <p>XChart has no horizontal bars; each bar is a series of two points drawn as a line as thick as
 * a bar, from the axis start to its value. The series map thus holds the bars in order, named and
 * valued, which is what the tests read.
 */
final class HorizontalBars {

    /** Pixels between the end of a bar (or interval) and its label. */
    private static final int LABEL_GAP = 18;
    /** A conservative width of the plot, for fitting labels before XChart lays it out. */
    private static final double PLOT_WIDTH = ChartStyle.WIDTH - 120;
    /** A conservative height of the plot, for the bar thickness. */
    private static final double PLOT_HEIGHT = 700;

    /**
     * @param noisy drawn washed out, and its label says so (the caller writes the label)
     */
    record Bar(String name, Estimate estimate, Color colour, String label, boolean noisy) {
    }

    private HorizontalBars() {
    }

    /**
     * @param logarithmic a log x axis starting at the decade under the smallest interval; otherwise
     *                    a linear axis starting at 0
     */
    static XYChart chart(List<Bar> bars, boolean logarithmic, Font labelFont) {
        XYChart chart = ChartStyle.plot();
        int n = bars.size();
        double min = logarithmic ? decadeBelow(bars) : 0;
        double max = axisMax(bars, logarithmic, min, labelFont);
        chart.getStyler().setXAxisLogarithmic(logarithmic).setXAxisMin(min).setXAxisMax(max)
                .setYAxisMin(-0.6).setYAxisMax(n - 0.4).setPlotGridHorizontalLinesVisible(false)
                .setXAxisDecimalPattern("#,##0.###");
        float thickness = (float) Math.min(110, 0.62 * PLOT_HEIGHT / n);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double y = n - 1 - i;
            XYSeries series = chart.addSeries(bar.name(), new double[] {min, bar.estimate().value()}, new double[] {y, y});
            Color fill = bar.noisy() ? Palette.washed(bar.colour()) : bar.colour();
            series.setMarker(SeriesMarkers.NONE).setLineColor(fill)
                    .setLineStyle(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        }
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double y = n - 1 - i;
            if (bar.estimate().known()) {
                chart.addAnnotation(Whiskers.horizontal(y, bar.estimate().low(), bar.estimate().high(), ChartStyle.TEXT));
            }
            chart.addAnnotation(new TextMark(bar.label(), labelAnchor(bar), y, LABEL_GAP, 0, labelFont, ChartStyle.TEXT));
        }
        return chart;
    }

    /** Where a bar's label starts: after the bar or after its interval, whichever is further. */
    static double labelAnchor(Bar bar) {
        Estimate e = bar.estimate();
        return e.known() ? Math.max(e.value(), e.high()) : e.value();
    }

    private static double decadeBelow(List<Bar> bars) {
        double smallest = bars.stream().mapToDouble(b -> {
            Estimate e = b.estimate();
            return e.known() && e.low() > 0 ? Math.min(e.low(), e.value()) : e.value();
        }).min().orElse(1);
        // A bar must have length even when its value is a power of ten (the baseline's 1×).
        return Math.pow(10, Math.floor(Math.log10(smallest * 0.9)));
    }

    /** The smallest axis end at which every label fits right of its bar, in the plot. */
    private static double axisMax(List<Bar> bars, boolean logarithmic, double min, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = g.getFontMetrics(font);
        double max = 0;
        for (Bar bar : bars) {
            double end = labelAnchor(bar);
            double room = PLOT_WIDTH - LABEL_GAP - metrics.stringWidth(bar.label()) - 10;
            double needed = logarithmic
                    ? Math.pow(10, Math.log10(min) + (Math.log10(end) - Math.log10(min)) * PLOT_WIDTH / room)
                    : end * PLOT_WIDTH / room;
            max = Math.max(max, needed);
        }
        g.dispose();
        return max;
    }
}
