package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every strategy's time to count the words of big.txt, slowest on top, the floor (read + find word
 * starts, no counting) at the bottom. Horizontal bars on a log axis: the strategies span three
 * orders of magnitude, and on a linear axis the fast ones were slivers no one could tell apart.
 * Each bar carries its name, its mean and its interval in words, right of the bar, so the axis is
 * only a guide; a noisy result (interval wider than ±10%, or none) is pale and says "(noisy)".
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
    public Optional<Slide> create(ChartInput input) {
        BenchResults results = input.results();
        Optional<Integer> copies = results.smallestCopies();
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        results.wordCountAt(copies.get()).values().stream()
                .sorted(Comparator.comparingDouble((Measurement m) -> m.primary().millis()).reversed())
                .forEach(m -> {
                    Estimate e = Estimate.millis(m.primary());
                    String strategy = m.param("strategy");
                    bars.add(new HorizontalBars.Bar(strategy, e, input.palette().colour(strategy),
                            Labels.time(strategy, e, "ms"), e.noisy()));
                });
        results.floorAt(copies.get()).ifPresent(floor -> {
            Estimate e = Estimate.millis(floor.primary());
            bars.add(new HorizontalBars.Bar("floor", e, Palette.REFERENCE,
                    Labels.time("floor: read + find words, no counting", e, "ms"), e.noisy()));
        });
        String input1 = copies.get() == 1 ? "big.txt" : copies.get() + " copies of big.txt";
        return Optional.of(new Slide("Time to count the words of " + input1 + " (lower is better)",
                "mean ± 99.9% interval (JMH), warm; pale bar and \"(noisy)\": interval wider than ±10% or unknown",
                "milliseconds per count, log scale", HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }
}
