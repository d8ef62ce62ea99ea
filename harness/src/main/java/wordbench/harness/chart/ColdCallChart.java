package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the talk's single {@code time.time()} measured: the first call in a fresh JVM (no JIT yet,
 * an interpreter still compiling, a library still loading), per strategy, as the median of the
 * cold forks with their whole range as the whisker: a handful of forks is too few for a mean and
 * a confidence interval to say more. Each label also gives the warm mean, for contrast. Strategy
 * colours, slowest on top, log axis.
 */
public final class ColdCallChart implements ResultChart {

    @Override
    public String name() {
        return "cold-vs-warm";
    }

    @Override
    public String needs() {
        return "ColdFirstCallBenchmark results at one copy";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        Map<String, Measurement> cold = input.results().coldCallAt(1);
        Map<String, Measurement> warm = input.results().wordCountAt(1);
        if (cold.isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Bar> bars = cold.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Estimate.medianMillis(e.getValue())))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Estimate> e) -> e.getValue().value()).reversed())
                .map(e -> {
                    String strategy = e.getKey();
                    Estimate first = e.getValue();
                    // The range is the whisker; in words too, the label grows too long to sit in its bar.
                    String label = strategy + "   " + Rounding.value(first, 2) + " ms"
                            + (warm.containsKey(strategy)
                                    ? " · warm " + Rounding.value(Estimate.millis(warm.get(strategy).primary()), 2) + " ms" : "")
                            + (first.noisy() ? Labels.NOISY : "");
                    return new HorizontalBars.Bar(strategy, first, input.palette().colour(strategy), label, first.noisy());
                })
                .toList();
        int forks = cold.values().iterator().next().samples().length;
        return Optional.of(new Slide("First call in a fresh JVM, one big.txt (lower is better)",
                "median of " + forks + " fresh JVMs, whisker: their whole range; \"warm\": the JMH mean after warm-up",
                "milliseconds for the first call, log scale", HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }
}
