package wordbench.harness.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/**
 * The slide: how long each strategy takes to count the words of one big.txt, slowest first, with
 * JMH's 99.9% error bars, and the floor (read + find word boundaries, no counting) as the last bar.
 * The axis is linear because XChart draws error bars wrongly on a log axis; the value labels keep
 * the short bars readable.
 */
public final class SlideChart implements ResultChart {

    @Override
    public String name() {
        return "slide";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results";
    }

    @Override
    public Optional<CategoryChart> create(BenchResults results) {
        Optional<Integer> copies = results.smallestCopies();
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars(
                copies.get() == 1 ? "Time taken to count the words of big.txt (lower is better)"
                        : "Time taken to count the words of " + copies.get() + " copies of big.txt (lower is better)",
                "floor = read the file and find where words start, no counting: a lower bound",
                "milliseconds (mean ± 99.9% interval)");
        customize(chart, results.wordCountAt(copies.get()).values().stream()
                .mapToDouble(m -> m.primary().millis()).max().orElse(1));
        series(chart, results, copies.get());
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart, double tallest) {
        // A noisy strategy's error bar must not squash every other bar: it may run off the top.
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(tallest * 1.3);
    }

    private static void series(CategoryChart chart, BenchResults results, int copies) {
        List<Bar> bars = new ArrayList<>();
        results.wordCountAt(copies).values().stream()
                .sorted(Comparator.comparingDouble((Measurement m) -> m.primary().millis()).reversed())
                .forEach(m -> bars.add(new Bar(m.param("strategy"), m.primary().millis(), m.primary().errorMillis(),
                        ChartStyle.colour(m.param("strategy")))));
        results.floorAt(copies).ifPresent(floor -> bars.add(new Bar("floor",
                floor.primary().millis(), floor.primary().errorMillis(), ChartStyle.FLOOR)));
        Bar.addAll(chart, bars, Bar.pattern("#,##0.#"));
    }
}
