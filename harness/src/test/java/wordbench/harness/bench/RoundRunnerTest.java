package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The rounds, without JMH: a fake fork runner answers with made-up samples, tight or wide per
 * entry, so the test sees which entries get extra rounds, in what order, and why sampling stops.
 */
class RoundRunnerTest {

    static final Timing TIMING = Timing.of(0, 10, 5, 10);

    static BenchEntry entry(String strategy, int minForks, int maxForks) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("strategy", strategy);
        return new BenchEntry(WordCountBenchmark.class, "count", params,
                new Sampling(TIMING, minForks, maxForks, Duration.ofHours(1)), Optional.of(strategy), false, List.of(),
                Duration.ofMillis(1));
    }

    /** "tight" forks scatter ±1% around 100 ms; "wide" ones ±40%; "broken" fails; a "slow" fork takes 0.2 s. */
    static RoundRunner.ForkRunner fake(List<String> ran) {
        Random random = new Random(7);
        return options -> {
            String strategy = options.getParameter("strategy").get().iterator().next();
            ran.add(strategy);
            if (strategy.equals("broken")) {
                throw new IllegalStateException("disk on fire");
            }
            if (strategy.startsWith("slow")) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            double spread = strategy.startsWith("tight") ? 0.01 : 0.40;
            double[] samples = new double[5];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = 100 * (1 + spread * (2 * random.nextDouble() - 1));
            }
            Map<String, String> params = new HashMap<>();
            params.put("strategy", strategy);
            return SyntheticForks.fork(WordCountBenchmark.class.getName() + ".count", params, samples);
        };
    }

    static RoundRunner.Outcome run(List<BenchEntry> entries, long seed, Duration budget, List<String> ran, StringBuilder log) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RoundRunner runner = new RoundRunner(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.nanoTime(),
                budget, seed, fake(ran));
        RoundRunner.Outcome outcome = runner.run(entries, List.of(), 1, VerboseMode.SILENT);
        log.append(bytes.toString(StandardCharsets.UTF_8));
        return outcome;
    }

    static EntryOutcome outcome(RoundRunner.Outcome outcome, String strategy) {
        return outcome.entries().stream().filter(e -> e.entry().strategy().orElseThrow().equals(strategy)).findFirst().orElseThrow();
    }

    @Test
    void onlyWideEntriesGetExtraRoundsAndEachSaysWhyItStopped() {
        List<String> ran = new java.util.ArrayList<>();
        StringBuilder log = new StringBuilder();
        RoundRunner.Outcome outcome = run(List.of(entry("tight", 2, 6), entry("wide", 2, 6)), 1, Duration.ofHours(1), ran, log);

        EntryOutcome tight = outcome(outcome, "tight");
        EntryOutcome wide = outcome(outcome, "wide");
        assertEquals(2, tight.forks(), log.toString());
        assertEquals("within 5.0%", tight.stop());
        assertEquals(10, tight.samples());
        assertEquals(6, wide.forks(), "a ±40% entry keeps sampling up to its fork limit");
        assertEquals("fork limit (6)", wide.stop());
        assertEquals(2, tight.result().getBenchmarkResults().size(), "every fork's raw data is kept");
        assertEquals(2, tight.result().getParams().getForks());
        assertTrue(log.toString().contains("[1/4] round 1: WordCountBenchmark.count strategy="), log.toString());
        assertTrue(log.toString().lines().allMatch(l -> l.startsWith("wordbench bench [")), "one line per fork:\n" + log);
    }

    @Test
    void everyRoundRunsEachDueEntryOnceInASeededShuffledOrder() {
        List<BenchEntry> entries = List.of(entry("tight-a", 3, 3), entry("tight-b", 3, 3), entry("tight-c", 3, 3),
                entry("tight-d", 3, 3));
        List<String> first = new java.util.ArrayList<>();
        List<String> again = new java.util.ArrayList<>();
        List<String> other = new java.util.ArrayList<>();
        RoundRunner.Outcome outcome = run(entries, 42, Duration.ofHours(1), first, new StringBuilder());
        run(entries, 42, Duration.ofHours(1), again, new StringBuilder());
        run(entries, 43, Duration.ofHours(1), other, new StringBuilder());

        assertEquals(12, first.size());
        for (int round = 0; round < 3; round++) {
            assertEquals(4, first.subList(4 * round, 4 * round + 4).stream().distinct().count(), "round " + round + ": " + first);
        }
        assertEquals(first, again, "the same seed, the same order");
        assertNotEquals(first, other, "another seed, another order");
        assertEquals(12, outcome.order().size());
        assertTrue(outcome.order().getFirst().startsWith("1 WordCountBenchmark.count strategy="), outcome.order().toString());
    }

    @Test
    void extraRoundsStopAtTheRunBudgetButTheMinimumAlwaysRuns() {
        List<String> ran = new java.util.ArrayList<>();
        RoundRunner.Outcome outcome = run(List.of(entry("wide", 2, 8)), 1, Duration.ZERO, ran, new StringBuilder());
        assertEquals(2, outcome(outcome, "wide").forks());
        assertTrue(outcome(outcome, "wide").stop().startsWith("run budget"), outcome(outcome, "wide").stop());
    }

    @Test
    void anExtraForkWaitsUntilTheMinimumForksOwedToOthersFit() {
        // The slow entry owes three 0.2 s forks (0.6 s, over the 0.5 s budget: the minimum always runs).
        // After round 1 any extra fork of the wide one would leave no room for the slow one's two more,
        // though the budget itself is not yet spent (0.2 s, then 0.4 s).
        List<String> ran = new java.util.ArrayList<>();
        StringBuilder log = new StringBuilder();
        RoundRunner.Outcome outcome = run(List.of(entry("slow", 3, 3), entry("wide", 1, 8)), 1, Duration.ofMillis(500), ran, log);
        assertEquals(3, outcome(outcome, "slow").forks(), log.toString());
        assertEquals(1, outcome(outcome, "wide").forks(), "no extra fork before the owed ones: " + ran);
        assertTrue(outcome(outcome, "wide").stop().startsWith("run budget"), outcome(outcome, "wide").stop());
    }

    @Test
    void aFailingStrategyIsLeftOutAndTheOthersGoOn() {
        List<String> ran = new java.util.ArrayList<>();
        StringBuilder log = new StringBuilder();
        RoundRunner.Outcome outcome = run(List.of(entry("broken", 2, 2), entry("tight", 2, 2)), 1, Duration.ofHours(1), ran, log);
        assertEquals(List.of("tight"), outcome.entries().stream().map(e -> e.entry().strategy().orElseThrow()).toList());
        assertTrue(outcome.failed().get("broken").contains("disk on fire"), outcome.failed().toString());
        assertEquals(1, ran.stream().filter("broken"::equals).count(), "not retried: " + ran);
    }
}
