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
 * label. A label goes inside its bar, from the axis, when the bar is long enough to hold it short
 * of its interval; otherwise just right of whichever ends further right, the bar or its interval.
 * So a label never covers an interval or an axis, and a long label on a long bar does not stretch
 * the axis far past the data. The x axis is extended until every outside label fits.
 *
 * <p>XChart has no horizontal bars; each bar is a series of two points drawn as a line as thick as
 * a bar, from the axis start to its value. The series map thus holds the bars in order, named and
 * valued, which is what the tests read.
 */
final class HorizontalBars {

    /** Pixels between the end of a bar (or interval) and a label outside it. */
    private static final int LABEL_GAP = 18;
    /** Pixels between a label inside a bar and the bar's ends (the axis, the interval's cap). */
    private static final int INSIDE_PAD = 16;
    /**
     * A conservative width of the plot, for fitting labels before XChart lays it out: the slide
     * gives it 1840 pixels, of which XChart keeps about 190 for its (hidden) axes and padding.
     */
    private static final double PLOT_WIDTH = 1620;
    /** A conservative height of the plot, for the bar thickness. */
    private static final double PLOT_HEIGHT = 700;
    /** Room right of the furthest bar end when every label is inside its bar, for the whisker's cap. */
    private static final double END_ROOM = 40;
    /** How far, as a share of the axis's decades, a log axis may run on to end at a power of ten. */
    private static final double MAX_DECADE_STRETCH = 0.15;

    /**
     * @param noisy filled washed out, outlined in its colour, and its label says so (the caller writes the label)
     */
    record Bar(String name, Estimate estimate, Color colour, String label, boolean noisy) {
    }

    /** The x range and where each label goes, decided before XChart lays the plot out. */
    private record Axis(double min, double max, boolean logarithmic) {

        /** The share of the plot's width from the axis start to {@code value}. */
        double fraction(double value) {
            return logarithmic
                    ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                    : (value - min) / (max - min);
        }
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
        FontMetrics metrics = metrics(labelFont);
        Axis axis = axis(bars, logarithmic, metrics);
        chart.getStyler().setXAxisLogarithmic(logarithmic).setXAxisMin(axis.min()).setXAxisMax(axis.max())
                .setYAxisMin(-0.6).setYAxisMax(n - 0.4).setPlotGridHorizontalLinesVisible(false)
                .setXAxisDecimalPattern("#,##0.###");
        float thickness = (float) Math.min(110, 0.62 * PLOT_HEIGHT / n);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double y = n - 1 - i;
            XYSeries series = chart.addSeries(bar.name(), new double[] {axis.min(), bar.estimate().value()}, new double[] {y, y});
            Color fill = bar.noisy() ? Palette.washed(bar.colour()) : bar.colour();
            series.setMarker(SeriesMarkers.NONE).setLineColor(fill)
                    .setLineStyle(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        }
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            double y = n - 1 - i;
            if (bar.noisy()) {
                // The pale fill alone loses the strategy's colour; the outline keeps it.
                chart.addAnnotation(new BarOutline(axis.min(), bar.estimate().value(), y, thickness, bar.colour()));
            }
            if (bar.estimate().known()) {
                chart.addAnnotation(Whiskers.horizontal(y, bar.estimate().low(), bar.estimate().high(), ChartStyle.TEXT));
            }
            if (fitsInside(bar, axis, metrics)) {
                Color fill = bar.noisy() ? Palette.washed(bar.colour()) : bar.colour();
                chart.addAnnotation(new TextMark(bar.label(), axis.min(), y, INSIDE_PAD, 0, labelFont, readableOn(fill)));
            } else {
                chart.addAnnotation(new TextMark(bar.label(), labelAnchor(bar), y, LABEL_GAP, 0, labelFont, ChartStyle.TEXT));
            }
        }
        return chart;
    }

    /** Where a label outside its bar starts: after the bar or after its interval, whichever is further. */
    static double labelAnchor(Bar bar) {
        Estimate e = bar.estimate();
        return e.known() ? Math.max(e.value(), e.high()) : e.value();
    }

    /** Where the room inside a bar ends: at the bar's end, or before it where its interval starts. */
    private static double insideEnd(Bar bar) {
        Estimate e = bar.estimate();
        return e.known() ? Math.min(e.value(), e.low()) : e.value();
    }

    private static boolean fitsInside(Bar bar, Axis axis, FontMetrics metrics) {
        double end = insideEnd(bar);
        if (end <= axis.min()) {
            return false;
        }
        double room = axis.fraction(end) * PLOT_WIDTH - 2 * INSIDE_PAD - Whiskers.CAP / 2;
        return metrics.stringWidth(bar.label()) <= room;
    }

    /**
     * The smallest axis at which every label fits: inside its bar or right of it in the plot. On a
     * log axis that ends a little short of a power of ten, the axis runs on to it, so that the
     * last decade is labelled (a plot from 0.1 to 9 otherwise shows no "10" by its longest bars).
     */
    private static Axis axis(List<Bar> bars, boolean logarithmic, FontMetrics metrics) {
        double min = logarithmic ? decadeBelow(bars) : 0;
        double furthest = bars.stream().mapToDouble(HorizontalBars::labelAnchor).max().orElse(1);
        double room = PLOT_WIDTH / (PLOT_WIDTH - END_ROOM);
        Axis axis = fitted(bars, new Axis(min, stretched(min, furthest, room, logarithmic), logarithmic), metrics);
        if (logarithmic) {
            double decade = Math.pow(10, Math.ceil(Math.log10(axis.max()) - 1e-9));
            if (Math.log10(decade / axis.max()) <= MAX_DECADE_STRETCH * Math.log10(axis.max() / min)) {
                axis = fitted(bars, new Axis(min, decade, true), metrics);
            }
        }
        return axis;
    }

    /**
     * The axis, from {@code start} on, grown until every label outside its bar fits. A longer axis
     * shortens the bars, which may push more labels out, so this repeats until no outside label
     * needs more; it ends, as each round only grows the axis towards the longest need.
     */
    private static Axis fitted(List<Bar> bars, Axis start, FontMetrics metrics) {
        Axis axis = start;
        for (int round = 0; round <= bars.size(); round++) {
            double max = axis.max();
            for (Bar bar : bars) {
                if (!fitsInside(bar, axis, metrics)) {
                    double free = PLOT_WIDTH - LABEL_GAP - metrics.stringWidth(bar.label()) - 10;
                    max = Math.max(max, stretched(axis.min(), labelAnchor(bar), PLOT_WIDTH / free, axis.logarithmic()));
                }
            }
            if (max <= axis.max()) {
                break;
            }
            axis = new Axis(axis.min(), max, axis.logarithmic());
        }
        return axis;
    }

    /** The axis end at which {@code end} lies at {@code 1 / factor} of the plot's width. */
    private static double stretched(double min, double end, double factor, boolean logarithmic) {
        return logarithmic
                ? Math.pow(10, Math.log10(min) + (Math.log10(end) - Math.log10(min)) * factor)
                : min + (end - min) * factor;
    }

    private static double decadeBelow(List<Bar> bars) {
        double smallest = bars.stream().mapToDouble(b -> {
            Estimate e = b.estimate();
            return e.known() && e.low() > 0 ? Math.min(e.low(), e.value()) : e.value();
        }).min().orElse(1);
        // A bar must have length even when its value is a power of ten (the baseline's 1×).
        return Math.pow(10, Math.floor(Math.log10(smallest * 0.9)));
    }

    /** Near-black or white, whichever contrasts more with {@code fill} (WCAG relative luminance). */
    static Color readableOn(Color fill) {
        return contrast(Color.WHITE, fill) > contrast(ChartStyle.TEXT, fill) ? Color.WHITE : ChartStyle.TEXT;
    }

    /** WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
