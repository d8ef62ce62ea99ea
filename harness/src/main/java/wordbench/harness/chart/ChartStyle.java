package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart: a 1920×1080 slide read from the back of a room (big type, no
 * clutter), with the same colour for a strategy on every chart.
 */
public final class ChartStyle {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
    /** The band under the chart that says where the numbers come from. */
    public static final int FOOTER_HEIGHT = 44;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
    static final Font TICK_LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    static final Font VALUE_LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font FOOTER = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color FOOTER_TEXT = new Color(0x55, 0x55, 0x55);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** The floor's colour: not a strategy, so no strategy colour. */
    static final Color FLOOR = new Color(0x80, 0x80, 0x80);

    /**
     * Python blue, Java oranges, Rust reds; darker means more elaborate. Light enough for the dark
     * value labels XChart draws inside the bars.
     */
    private static final Map<String, Color> STRATEGY_COLOURS = Map.of(
            "jython", new Color(0x4B, 0x8B, 0xBE),
            "java-hashmap", new Color(0xFF, 0xC2, 0x33),
            "java-fast", new Color(0xF2, 0x8C, 0x28),
            "java-parallel", new Color(0xC8, 0x70, 0x2A),
            "rust-jni-talk", new Color(0xF2, 0xB8, 0xB8),
            "rust-jni", new Color(0xE5, 0x53, 0x3D),
            "rust-ffm", new Color(0xC9, 0x3A, 0x52),
            "rust-parallel", new Color(0xA8, 0x55, 0x7E));

    /** For strategies added later: a stable pick by name, away from the colours above. */
    private static final List<Color> FALLBACK_COLOURS = List.of(
            new Color(0x2C, 0xA0, 0x2C), new Color(0x94, 0x67, 0xBD), new Color(0x17, 0xBE, 0xCF),
            new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0xBC, 0xBD, 0x22));

    private ChartStyle() {
    }

    public static Color colour(String strategy) {
        Color fixed = STRATEGY_COLOURS.get(strategy);
        return fixed != null ? fixed : FALLBACK_COLOURS.get(Math.floorMod(strategy.hashCode(), FALLBACK_COLOURS.size()));
    }

    /** A bar chart with the slide look; bars carry their values. */
    static CategoryChart bars(String title, String xAxisTitle, String yAxisTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT - FOOTER_HEIGHT)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        apply(chart.getStyler());
        chart.getStyler().setLabelsVisible(true).setLabelsFont(VALUE_LABELS).setLabelsFontColor(TEXT)
                .setLabelsPosition(1.0).setLabelsFontColorAutomaticEnabled(false)
                .setAvailableSpaceFill(0.7).setPlotGridVerticalLinesVisible(false)
                .setErrorBarsColor(TEXT);
        return chart;
    }

    /** A line chart with the slide look: thick lines, big markers. */
    static XYChart lines(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT - FOOTER_HEIGHT)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        apply(chart.getStyler());
        chart.getStyler().setErrorBarsColorSeriesColor(true).setMarkerSize(16);
        return chart;
    }

    /**
     * A line thick enough to see from the back, in the strategy's colour; a reference (the floor) is
     * dashed with diamonds, so it reads as a bound, not a contender.
     */
    static void line(XYSeries series, Color colour, boolean reference) {
        series.setMarkerColor(colour);
        series.setMarker(reference ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        series.setLineColor(colour);
        series.setLineStyle(reference
                ? new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {18f, 12f}, 0f)
                : new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static void apply(AxesChartStyler styler) {
        styler.setChartTitleFont(TITLE).setChartFontColor(TEXT).setChartBackgroundColor(Color.WHITE)
                .setChartPadding(24).setChartTitlePadding(24).setChartTitleBoxVisible(false)
                .setPlotBackgroundColor(Color.WHITE).setPlotBorderVisible(false)
                .setLegendFont(LEGEND).setLegendPosition(Styler.LegendPosition.InsideNE)
                .setLegendBorderColor(GRID).setLegendPadding(12).setToolTipsEnabled(false)
                .setAntiAlias(true);
        styler.setAxisTitleFont(AXIS_TITLE).setAxisTickLabelsFont(TICK_LABELS).setAxisTickLabelsColor(TEXT)
                .setAxisTitlePadding(16).setAxisTickPadding(10).setPlotGridLinesColor(GRID)
                .setPlotGridLinesStroke(new BasicStroke(1.5f)).setPlotMargin(12)
                .setAxisTicksMarksVisible(false).setYAxisTickMarkSpacingHint(110)
                .setXAxisTitleColor(TEXT).setYAxisTitleColor(TEXT);
    }
}
