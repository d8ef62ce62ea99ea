package wordbench.harness.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Comparator;
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
import wordbench.harness.core.Strategies;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;

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
     * One family of shades per kind of runtime (JVM code orange, native code red, interpreters in
     * the JVM blue, another process green), light to dark; light enough for the dark value labels
     * XChart draws inside the bars.
     */
    private static final Map<Family, List<Color>> SHADES = Map.of(
            Family.JVM, List.of(new Color(0xFF, 0xC2, 0x33), new Color(0xF2, 0x8C, 0x28), new Color(0xC8, 0x70, 0x2A),
                    new Color(0xA0, 0x5A, 0x1E)),
            Family.NATIVE, List.of(new Color(0xF2, 0xB8, 0xB8), new Color(0xE5, 0x53, 0x3D), new Color(0xC9, 0x3A, 0x52),
                    new Color(0xA8, 0x55, 0x7E), new Color(0x80, 0x3C, 0x60)),
            Family.INTERPRETER, List.of(new Color(0x4B, 0x8B, 0xBE), new Color(0x8F, 0xB8, 0xE0), new Color(0x2E, 0x5E, 0x8C)),
            Family.PROCESS, List.of(new Color(0x8C, 0xCB, 0x5E), new Color(0x3F, 0x9E, 0x4D), new Color(0x2D, 0x7A, 0x3A)));

    /** For names no registered strategy has, or a family out of shades: a stable pick by name, away from the families. */
    private static final List<Color> FALLBACK_COLOURS = List.of(
            new Color(0x94, 0x67, 0xBD), new Color(0x17, 0xBE, 0xCF), new Color(0x8C, 0x56, 0x4B),
            new Color(0xE3, 0x77, 0xC2), new Color(0xBC, 0xBD, 0x22), new Color(0x7F, 0x7F, 0xFF));

    private enum Family {
        JVM, NATIVE, INTERPRETER, PROCESS;

        static Family of(RuntimeKind runtime) {
            return switch (runtime) {
                case JVM -> JVM;
                case NATIVE_JNI, NATIVE_FFM -> NATIVE;
                case JVM_INTERPRETER -> INTERPRETER;
                case EXTERNAL_PROCESS -> PROCESS;
            };
        }
    }

    private ChartStyle() {
    }

    /**
     * A strategy's colour, the same on every chart: its runtime's family, and within the family a
     * shade by its place among the registered strategies of that family (slowest declared first,
     * lightest). Decided by the strategies' traits, never by their names.
     */
    public static Color colour(String strategy) {
        Map<String, StrategyTraits> registered = Strategies.registeredTraits();
        StrategyTraits traits = registered.get(strategy);
        if (traits == null) {
            return fallback(strategy);
        }
        Family family = Family.of(traits.runtime());
        List<String> members = registered.entrySet().stream()
                .filter(e -> Family.of(e.getValue().runtime()) == family)
                .sorted(Comparator.comparingInt((Map.Entry<String, StrategyTraits> e) -> -e.getValue().countOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        List<Color> shades = SHADES.get(family);
        int shade = members.indexOf(strategy);
        return shade < shades.size() ? shades.get(shade) : fallback(strategy);
    }

    /** The colour of a way of running code rather than of one strategy (e.g. a call through JNI). */
    public static Color colour(RuntimeKind runtime) {
        List<Color> shades = SHADES.get(Family.of(runtime));
        return shades.get(runtime == RuntimeKind.NATIVE_FFM ? 2 : runtime == RuntimeKind.JVM_INTERPRETER ? 0 : 1);
    }

    private static Color fallback(String strategy) {
        return FALLBACK_COLOURS.get(Math.floorMod(strategy.hashCode(), FALLBACK_COLOURS.size()));
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
