package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.ChartPart;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.FullRuns;

/**
 * Where every bar chart's labels land once drawn on the slide, from the committed quick run and the
 * newest committed full run: each label lies either wholly inside its bar, short of the bar's end
 * and interval, in a colour readable on the bar, or wholly right of both, and on the slide; and on
 * the full run, the bars use the plot's width (long labels must not squeeze them into its left
 * third, as the cold-vs-warm chart's did). A quick run's intervals can be wider than the bars, so
 * there only the placement is checked.
 */
class BarLabelLayoutTest {

    /** The charts drawn with {@link HorizontalBars}. */
    private static final List<ResultChart> BAR_CHARTS = List.of(new SlideChart(), new TalkChart(), new SpeedupChart(),
            new ColdCallChart(), new AllocationChart(), new CallOverheadChart());

    static Stream<Arguments> drawings() throws Exception {
        List<Arguments> drawings = new ArrayList<>();
        List<BenchResults> runs = new ArrayList<>(List.of(ChartRenderingTest.results()));
        FullRuns.newest(Corpus.home().resolve("results")).ifPresent(runs::add);
        for (BenchResults run : runs) {
            ChartInput input = ChartInput.of(run);
            for (ResultChart chart : BAR_CHARTS) {
                Optional<Slide> slide = chart.create(input);
                boolean fullRun = run != runs.getFirst();
                slide.ifPresent(s -> drawings.add(Arguments.of(run.source() + " " + chart.name(), s, run.footer(), fullRun)));
            }
        }
        return drawings.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawings")
    void labelsSitInsideOrBesideTheirBarsAndTheBarsUseTheWidth(String name, Slide slide, String footer, boolean fullRun) throws Exception {
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartFiles.paint(slide, footer, g);
        } finally {
            g.dispose();
        }
        XYChart chart = slide.chart();
        Rectangle2D plot = PlotGeometry.of(chart).plot();
        List<ChartPart> annotations = annotations(chart);
        double furthest = plot.getX();
        for (Map.Entry<String, XYSeries> bar : chart.getSeriesMap().entrySet()) {
            double y = bar.getValue().getYData()[0];
            double value = bar.getValue().getXData()[1];
            TextMark label = only(annotations, TextMark.class, y, TextMark::y, name + " " + bar.getKey());
            List<Whiskers> whiskers = all(annotations, Whiskers.class, y, Whiskers::y);
            double barEnd = PlotGeometry.xScreen(chart, value);
            double intervalFrom = whiskers.isEmpty() ? barEnd : PlotGeometry.xScreen(chart, Math.max(whiskers.getFirst().low(),
                    chart.getStyler().getXAxisMin()));
            double intervalTo = whiskers.isEmpty() ? barEnd : PlotGeometry.xScreen(chart, Math.min(whiskers.getFirst().high(),
                    chart.getStyler().getXAxisMax()));
            Rectangle2D box = label.drawn();
            String where = name + ", " + bar.getKey() + "'s label " + box + ", bar end " + barEnd + ", interval "
                    + intervalFrom + "–" + intervalTo;
            boolean inside = box.getMaxX() < Math.min(barEnd, intervalFrom) && box.getMinX() > plot.getX();
            boolean beside = box.getMinX() > Math.max(barEnd, intervalTo);
            assertTrue(inside || beside, where + ": neither inside its bar nor right of it");
            assertTrue(box.getMaxX() <= chart.getWidth(), where + ": runs off the slide (" + chart.getWidth() + ")");
            if (inside) {
                double contrast = HorizontalBars.contrast(label.colour(), bar.getValue().getLineColor());
                assertTrue(contrast >= 3, where + ": contrast " + contrast + " on its bar, under WCAG's 3:1 for large text");
            }
            furthest = Math.max(furthest, Math.max(barEnd, intervalTo));
        }
        double used = (furthest - plot.getX()) / plot.getWidth();
        assertTrue(!fullRun || used >= 0.5, name + ": the longest bar reaches only " + Math.round(100 * used) + "% of the plot's width");
    }

    /** What was added with {@code addAnnotation}: XChart keeps the list protected. */
    static List<ChartPart> annotations(Chart<?, ?> chart) throws ReflectiveOperationException {
        Field field = Chart.class.getDeclaredField("annotations");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<ChartPart> parts = (List<ChartPart>) field.get(chart);
        return parts;
    }

    private static <T> List<T> all(List<ChartPart> parts, Class<T> type, double y, java.util.function.ToDoubleFunction<T> yOf) {
        return parts.stream().filter(type::isInstance).map(type::cast).filter(p -> yOf.applyAsDouble(p) == y).toList();
    }

    private static <T> T only(List<ChartPart> parts, Class<T> type, double y, java.util.function.ToDoubleFunction<T> yOf, String what) {
        List<T> found = all(parts, type, y, yOf);
        assertEquals(1, found.size(), what + ": one " + type.getSimpleName() + " at its height");
        return found.getFirst();
    }
}
