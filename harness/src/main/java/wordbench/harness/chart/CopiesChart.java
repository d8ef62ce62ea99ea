package wordbench.harness.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/**
 * Time against input size: one line per strategy over the copies of big.txt, with the floor as a
 * dashed line. A log time axis, because Jython is orders of magnitude above the rest (so no error
 * bars: XChart draws them wrongly on log axes).
 */
public final class CopiesChart implements ResultChart {

    @Override
    public String name() {
        return "copies";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results at two or more copies";
    }

    @Override
    public Optional<XYChart> create(BenchResults results) {
        Map<String, TreeMap<Integer, Double>> lines = new TreeMap<>();
        for (Measurement m : results.of(BenchResults.WORD_COUNT)) {
            lines.computeIfAbsent(m.param("strategy"), s -> new TreeMap<>()).put(m.intParam("copies"), m.primary().millis());
        }
        if (lines.values().stream().noneMatch(points -> points.size() >= 2)) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.lines("Time against input size (lower is better)",
                "copies of big.txt in one file", "milliseconds (log scale)");
        customize(chart);
        series(chart, results, lines);
        return Optional.of(chart);
    }

    private static void customize(XYChart chart) {
        chart.getStyler().setYAxisLogarithmic(true).setXAxisDecimalPattern("0").setYAxisDecimalPattern("#,##0.#")
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    }

    private static void series(XYChart chart, BenchResults results, Map<String, TreeMap<Integer, Double>> lines) {
        // Legend top to bottom in the order the lines end, slowest first.
        lines.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, TreeMap<Integer, Double>> e)
                        -> e.getValue().lastEntry().getValue()).reversed())
                .forEach(e -> {
                    XYSeries series = chart.addSeries(e.getKey(), List.copyOf(e.getValue().keySet()),
                            List.copyOf(e.getValue().values()));
                    ChartStyle.line(series, ChartStyle.colour(e.getKey()), false);
                });
        TreeMap<Integer, Double> floor = new TreeMap<>();
        for (Measurement m : results.of(BenchResults.FLOOR)) {
            floor.put(m.intParam("copies"), m.primary().millis());
        }
        if (!floor.isEmpty()) {
            XYSeries series = chart.addSeries("floor (read + find words)", List.copyOf(floor.keySet()), List.copyOf(floor.values()));
            ChartStyle.line(series, ChartStyle.FLOOR, true);
        }
    }
}
