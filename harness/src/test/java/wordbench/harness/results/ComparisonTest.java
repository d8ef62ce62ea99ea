package wordbench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;
import wordbench.harness.results.BenchResults;
import wordbench.harness.chart.CompareChart;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.RunMetadata;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/**
 * compare's verdicts on made-up runs whose truth is known: a real 20% change must come out
 * significant, a 1% change inside ±5% noise must come out "~".
 */
class ComparisonTest {

    /**
     * 10 forks of 5 iterations around {@code mean}: each fork off by up to ±{@code noise} (uniform),
     * as JVM forks differ, and each iteration within ±0.5% of its fork's mean.
     */
    static Measurement measured(String strategy, double mean, double noise, long seed) {
        Random random = new Random(seed);
        List<List<Double>> forks = new ArrayList<>();
        ListStatistics stats = new ListStatistics();
        for (int f = 0; f < 10; f++) {
            List<Double> iterations = new ArrayList<>();
            double fork = mean * (1 + noise * (2 * random.nextDouble() - 1));
            for (int i = 0; i < 5; i++) {
                double value = fork * (1 + 0.005 * (2 * random.nextDouble() - 1));
                iterations.add(value);
                stats.addValue(value);
            }
            forks.add(iterations);
        }
        return new Measurement(BenchResults.WORD_COUNT, "avgt", Map.of("strategy", strategy, "copies", "1", "input", "big.txt"),
                new Measurement.Metric(stats.getMean(), stats.getMeanErrorAt(0.999), "ms/op"), Map.of(), forks);
    }

    static BenchResults run(String host, double fastMean, long seed) {
        RunMetadata meta = new RunMetadata("2026-12-01T10:15:00Z", host, "full", "jdk", "rustc", "jython", "cpu", 2,
                "os", "abc1234", "sha", List.of("fast", "cpython"), Map.of());
        return new BenchResults(List.of(measured("fast", fastMean, 0.05, seed), measured("cpython", 1000, 0.05, seed + 1)),
                meta, host + ".json");
    }

    static Comparison.Row row(List<Comparison.Row> rows, String strategy) {
        return rows.stream().filter(r -> r.params().contains("strategy=" + strategy + " ") || r.params().endsWith("strategy=" + strategy))
                .findFirst().orElseThrow();
    }

    @Test
    void aRealTwentyPercentChangeIsSignificantAndOnePercentInsideTheNoiseIsNot() {
        Comparison comparison = Comparison.of(List.of(run("laptop", 100, 1), run("server", 120, 2), run("arm", 101, 3)),
                Optional.empty());
        Comparison.Row fast = row(comparison.rows(), "fast");
        assertTrue(fast.verdicts().get(0).startsWith("+") && fast.verdicts().get(0).endsWith("%"), fast.verdicts().toString());
        double change = Double.parseDouble(fast.verdicts().get(0).replace("%", ""));
        assertEquals(20, change, 3, fast.verdicts().toString());
        assertEquals("~", fast.verdicts().get(1), "1% inside ±5% noise: " + fast.verdicts());
        assertEquals("~", row(comparison.rows(), "cpython").verdicts().get(0), "the same distribution twice");
    }

    @Test
    void eachRunIsAlsoComparedRelativeToTheReferenceStrategyOfTheSameRun() {
        // The second machine is twice as fast at everything: relative to CPython nothing changed.
        BenchResults slow = run("laptop", 100, 1);
        BenchResults fastMachine = new BenchResults(slow.measurements().stream().map(m -> new Measurement(m.benchmark(),
                m.mode(), m.params(), new Measurement.Metric(m.primary().score() / 2, m.primary().error() / 2, "ms/op"),
                Map.of(), m.forks().stream().map(f -> f.stream().map(v -> v / 2).toList()).toList())).toList(),
                slow.metadata(), "server.json");
        Comparison comparison = Comparison.of(List.of(slow, fastMachine), Optional.empty());
        assertEquals("cpython", comparison.reference());
        Comparison.Row relative = row(comparison.relative(), "fast");
        assertEquals(0.1, relative.cells().get(0).orElseThrow().score(), 0.01);
        assertEquals("~", relative.verdicts().get(0));
        assertTrue(row(comparison.rows(), "fast").verdicts().get(0).startsWith("-50"), "absolute: half the time");
        String table = comparison.table();
        assertTrue(table.contains("Welch"), table);
        assertTrue(table.contains("relative to cpython"), table);
        assertTrue(CompareChart.create(comparison).isPresent());
        var bars = CompareChart.create(comparison).orElseThrow().chart().getSeriesMap().keySet();
        assertTrue(bars.contains("fast · " + comparison.runLabel(0)) && bars.contains("fast · " + comparison.runLabel(1)),
                "one bar per strategy and run: " + bars);
    }

    @Test
    void theDefaultReferenceIsTheBaselineByTraitsNotByName() {
        BenchResults run = run("laptop", 100, 1);
        StrategyTraits plain = StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "test", 0);
        Map<String, StrategyTraits> fastIsBaseline = Map.of("fast", plain.asBaseline(0), "cpython", plain);
        assertEquals("fast", Comparison.of(List.of(run, run), Optional.empty(), fastIsBaseline).reference());
        assertEquals("cpython", Comparison.of(List.of(run, run), Optional.empty(), Map.of()).reference(),
                "no baseline known: the first strategy by name");
        assertEquals("fast", Comparison.of(List.of(run, run), Optional.of("fast"), Map.of()).reference());
    }
}
