package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;

/**
 * The talk's slide, redrawn from a real run: "Time taken in Rust and Python". The talk's Python
 * (the baseline), then the fastest strategy that runs where the baseline runs but is not itself a
 * Python baseline (Rust called from that Python), then the same job on the JVM: the fastest
 * single-threaded Java and the fastest single-threaded FFM call into native code. Who is who comes
 * from the strategies' traits. A linear axis from 0: the message is how small the others are.
 */
public final class TalkChart extends BaselineChart {

    static final Font LABELS = new Font(Font.SANS_SERIF, Font.BOLD, 46);

    @Override
    public String name() {
        return "talk";
    }

    @Override
    Optional<Slide> create(ChartInput input, ChartInput.BaselineRun run) {
        String baseline = run.baseline();
        Map<String, Measurement> warm = run.warm();
        RuntimeKind pythonRuntime = input.traitsOf(baseline).orElseThrow().runtime();
        List<String> picked = new ArrayList<>();
        picked.add(baseline);
        fastest(input, warm, t -> t.runtime() == pythonRuntime && t.baselinePriority().isEmpty() && !t.parallel())
                .ifPresent(picked::add);
        fastest(input, warm, t -> t.runtime() == RuntimeKind.JVM && !t.parallel()).ifPresent(picked::add);
        fastest(input, warm, t -> t.runtime() == RuntimeKind.NATIVE_FFM && !t.parallel()).ifPresent(picked::add);

        List<HorizontalBars.Bar> bars = new ArrayList<>();
        for (String strategy : picked) {
            Estimate e = Estimate.millis(warm.get(strategy).primary());
            String where = input.traitsOf(strategy).orElseThrow().runtime().label();
            bars.add(new HorizontalBars.Bar(strategy, e, input.palette().colour(strategy),
                    strategy + "  " + Rounding.value(e, 2) + " ms" + (e.noisy() ? Labels.NOISY : ""), e.noisy()));
        }
        int copies = run.copies();
        String of = copies == 1 ? "big.txt" : copies + " copies of big.txt";
        return Optional.of(new Slide("Time taken in Rust and Python (lower is better)",
                "the 10 most common words of " + of + ": the talk's Python, Rust called from it, then the JVM's best",
                "milliseconds per count", HorizontalBars.chart(bars, false, LABELS), false));
    }

    private static Optional<String> fastest(ChartInput input, Map<String, Measurement> warm, Predicate<StrategyTraits> role) {
        return warm.entrySet().stream()
                .filter(e -> input.traitsOf(e.getKey()).filter(role).isPresent())
                .min(Comparator.comparingDouble(e -> e.getValue().primary().millis()))
                .map(Map.Entry::getKey);
    }
}
