package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import wordbench.harness.core.Strategies;
import wordbench.spi.StrategyTraits;

/**
 * What every chart draws from: the results, what each strategy says of itself (its traits: the
 * charts never guess from a name) and the run's colours.
 */
public record ChartInput(BenchResults results, Map<String, StrategyTraits> traits, Palette palette) {

    /** The results with the traits of the strategies on this class path (a strategy since removed has none). */
    public static ChartInput of(BenchResults results) {
        return of(results, Strategies.registeredTraits());
    }

    public static ChartInput of(BenchResults results, Map<String, StrategyTraits> traits) {
        return new ChartInput(results, Map.copyOf(traits), Palette.of(results, traits));
    }

    public Optional<StrategyTraits> traitsOf(String strategy) {
        return Optional.ofNullable(traits.get(strategy));
    }

    /**
     * The strategy every "× faster" divides by: of those measured at {@code copies}, the one whose
     * traits give the lowest baseline priority (CPython before Jython, as the strategies declare).
     */
    public Optional<String> baseline(int copies) {
        return results.wordCountAt(copies).keySet().stream()
                .filter(s -> traitsOf(s).map(t -> t.baselinePriority().isPresent()).orElse(false))
                .min(Comparator.comparingInt((String s) -> traits.get(s).baselinePriority().getAsInt())
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** The baseline and every strategy's warm result at the run's smallest input, which the charts that divide by the baseline share. */
    record BaselineRun(int copies, String baseline, Map<String, Measurement> warm) {
    }

    /** The baseline at the smallest copies timed, with the warm results there; empty when none is measured. */
    Optional<BaselineRun> baselineRun() {
        return results.smallestCopies().flatMap(copies -> baseline(copies)
                .map(b -> new BaselineRun(copies, b, results.wordCountAt(copies))));
    }

    /** A warm word-count result in milliseconds with its interval. */
    Estimate warm(Measurement m) {
        return Estimate.millis(m.primary());
    }
}
