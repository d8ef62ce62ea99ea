package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;

/**
 * The one look of every chart: a 1920×1080 slide read from the back of a room (big type, no
 * clutter). XChart draws the plot only; every word is ours ({@link ChartFiles}, {@link TextMark}).
 */
public final class ChartStyle {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 50);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
    static final Font TICK_LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
    static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
    static final Font FOOTER = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color FOOTER_TEXT = new Color(0x55, 0x55, 0x55);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private ChartStyle() {
    }

    /** An XY plot with the slide look and none of XChart's own text. */
    static XYChart plot() {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).build();
        XYStyler styler = chart.getStyler();
        styler.setChartTitleVisible(false).setLegendVisible(false).setChartBackgroundColor(Color.WHITE)
                .setChartPadding(8).setPlotBackgroundColor(Color.WHITE).setPlotBorderVisible(false)
                .setToolTipsEnabled(false).setAntiAlias(true);
        styler.setXAxisTitleVisible(false).setYAxisTitleVisible(false).setXAxisTicksVisible(false)
                .setYAxisTicksVisible(false).setPlotGridLinesColor(GRID).setPlotGridLinesStroke(new BasicStroke(2f))
                .setPlotMargin(0).setAxisTickMarksColor(GRID).setXAxisTickMarkSpacingHint(200)
                .setYAxisTickMarkSpacingHint(110);
        styler.setAxisTickLabelsFont(TICK_LABELS);
        return chart;
    }

    /** The dashes of a reference line (the floor, the ideal). */
    static final float[] REFERENCE_DASH = {18f, 12f};

    /** A line thick enough to see from the back, with its marker; solid when {@code dash} is null. */
    static void line(XYSeries series, Color colour, Marker marker, float[] dash) {
        series.setMarker(marker).setMarkerColor(colour).setLineColor(colour);
        series.setLineStyle(dash != null
                ? new BasicStroke(4.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f)
                : new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    /** A strategy's line: its kind's colour, its marker, and its dashes within the kind. */
    static void line(XYSeries series, Palette palette, String strategy) {
        line(series, palette.colour(strategy), palette.marker(strategy), palette.dash(strategy));
    }
}
