package wordbench.harness.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/**
 * How many times faster than the talk's Python each strategy is: the {@code jython} strategy (the
 * talk's {@code Counter(re.findall(...))} under Jython) is 1×. One big.txt, warm.
 */
public final class SpeedupChart implements ResultChart {

    static final String BASELINE = "jython";

    @Override
    public String name() {
        return "speedup";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results for the baseline strategy " + BASELINE;
    }

    @Override
    public Optional<CategoryChart> create(BenchResults results) {
        Optional<Integer> copies = results.smallestCopies();
        if (copies.isEmpty() || !results.wordCountAt(copies.get()).containsKey(BASELINE)) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars("Speedup over the talk's Python (" + BASELINE + " = 1×, higher is better)",
                "", "times faster than " + BASELINE);
        customize(chart);
        series(chart, results.wordCountAt(copies.get()));
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart) {
        chart.getStyler().setYAxisMin(0.0);
    }

    private static void series(CategoryChart chart, Map<String, Measurement> byStrategy) {
        double baseline = byStrategy.get(BASELINE).primary().millis();
        List<Bar> bars = byStrategy.values().stream()
                .sorted(Comparator.comparingDouble((Measurement m) -> m.primary().millis()).reversed())
                .map(m -> new Bar(m.param("strategy"), baseline / m.primary().millis(), 0,
                        ChartStyle.colour(m.param("strategy"))))
                .toList();
        Bar.addAll(chart, bars, Bar.pattern("#,##0.#'×'"));
    }
}
