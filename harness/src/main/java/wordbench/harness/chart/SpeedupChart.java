package wordbench.harness.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.harness.core.Strategies;
import wordbench.spi.StrategyTraits;

/**
 * How many times faster than the talk's Python each strategy is: the baseline (1×) is the measured
 * strategy whose traits make it the most preferred baseline ({@code cpython}, the talk's own
 * interpreter, else {@code jython}). One big.txt, warm.
 */
public final class SpeedupChart implements ResultChart {

    @Override
    public String name() {
        return "speedup";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results for a strategy that can be the baseline ("
                + String.join(", ", candidates()) + ")";
    }

    /** The strategies that can be the baseline, most preferred first. */
    static List<String> candidates() {
        return Strategies.registeredTraits().entrySet().stream()
                .filter(e -> e.getValue().baselinePriority().isPresent())
                .sorted(Comparator.comparingInt((Map.Entry<String, StrategyTraits> e) -> e.getValue().baselinePriority().getAsInt())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The most preferred baseline among the measured strategies. */
    static Optional<String> baseline(Map<String, Measurement> measured) {
        return candidates().stream().filter(measured::containsKey).findFirst();
    }

    @Override
    public Optional<CategoryChart> create(BenchResults results) {
        Optional<Integer> copies = results.smallestCopies();
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Measurement> measured = results.wordCountAt(copies.get());
        Optional<String> baseline = baseline(measured);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars("Speedup over the talk's Python (" + baseline.get() + " = 1×, higher is better)",
                "", "times faster than " + baseline.get());
        customize(chart);
        series(chart, measured, baseline.get());
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart) {
        chart.getStyler().setYAxisMin(0.0);
    }

    private static void series(CategoryChart chart, Map<String, Measurement> byStrategy, String baselineStrategy) {
        double baseline = byStrategy.get(baselineStrategy).primary().millis();
        List<Bar> bars = byStrategy.values().stream()
                .sorted(Comparator.comparingDouble((Measurement m) -> m.primary().millis()).reversed())
                .map(m -> new Bar(m.param("strategy"), baseline / m.primary().millis(), 0,
                        ChartStyle.colour(m.param("strategy"))))
                .toList();
        Bar.addAll(chart, bars, Bar.pattern("#,##0.#'×'"));
    }
}
