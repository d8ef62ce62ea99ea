package wordbench.harness.chart;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/**
 * What the talk's single {@code time.time()} measured against JMH's warm mean: the first call in a
 * fresh JVM (no JIT yet, Jython compiling Python) next to the warmed-up time, per strategy.
 */
public final class ColdCallChart implements ResultChart {

    static final Color COLD = new Color(0x4A, 0x6F, 0xA5);
    static final Color WARM = new Color(0xF2, 0x8E, 0x2B);

    @Override
    public String name() {
        return "cold-vs-warm";
    }

    @Override
    public String needs() {
        return "ColdFirstCallBenchmark and WordCountBenchmark results at one copy";
    }

    @Override
    public Optional<CategoryChart> create(BenchResults results) {
        Map<String, Measurement> cold = results.coldCallAt(1);
        Map<String, Measurement> warm = results.wordCountAt(1);
        List<String> strategies = cold.keySet().stream().filter(warm::containsKey)
                .sorted(Comparator.comparingDouble((String s) -> cold.get(s).primary().millis()).reversed())
                .toList();
        if (strategies.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars("First call in a fresh JVM vs warmed up, one big.txt (lower is better)",
                "", "milliseconds");
        customize(chart);
        series(chart, strategies, cold, warm);
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart) {
        chart.getStyler().setOverlapped(false).setYAxisMin(0.0).setYAxisDecimalPattern("#,##0");
    }

    private static void series(CategoryChart chart, List<String> strategies, Map<String, Measurement> cold,
                               Map<String, Measurement> warm) {
        chart.addSeries("first call (cold)", strategies, strategies.stream().map(s -> cold.get(s).primary().millis()).toList())
                .setFillColor(COLD);
        chart.addSeries("warm mean (JMH)", strategies, strategies.stream().map(s -> warm.get(s).primary().millis()).toList())
                .setFillColor(WARM);
    }
}
