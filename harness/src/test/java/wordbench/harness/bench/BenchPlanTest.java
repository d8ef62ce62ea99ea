package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/**
 * What the plan asks JMH to run, per strategy trait, before anything is run. The strategies are
 * named so that a name-based guess would be wrong: only their traits may decide.
 */
class BenchPlanTest {

    static final SequencedMap<String, StrategyTraits> STRATEGIES = new LinkedHashMap<>();

    static {
        STRATEGIES.put("alpha", StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "JIT", 1));
        STRATEGIES.put("beta", StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.LONG, "interpreter", 2));
        STRATEGIES.put("gamma", StrategyTraits.of(RuntimeKind.NATIVE_JNI, WarmUp.QUICK, "native", 3).countingInKeyedTable());
        STRATEGIES.put("delta", StrategyTraits.of(RuntimeKind.NATIVE_JNI, WarmUp.QUICK, "native", 4).inParallel());
        STRATEGIES.put("epsilon", StrategyTraits.of(RuntimeKind.JVM_INTERPRETER, WarmUp.EXTENDED, "Graal", 5)
                .withForkJvmOptions(List.of("-XX:+EnableJVMCI")));
    }

    static List<BenchEntry> plan(BenchProfile profile, List<String> nativeCalls) {
        return new BenchPlan(profile, STRATEGIES, Map.of("alpha", Duration.ofMillis(15), "beta", Duration.ofSeconds(4),
                "gamma", Duration.ofMillis(10), "delta", Duration.ofMillis(8), "epsilon", Duration.ofMillis(500)),
                nativeCalls, List.of(1, 2)).entries();
    }

    static BenchEntry entry(List<BenchEntry> entries, String label) {
        return entries.stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + label + " in " + entries.stream().map(BenchEntry::label).toList()));
    }

    static List<String> labels(List<BenchEntry> entries, String prefix) {
        return entries.stream().map(BenchEntry::label).filter(l -> l.startsWith(prefix)).toList();
    }

    static Options fork(BenchEntry entry) {
        return entry.oneFork(List.of("-Dx=y"), 1, VerboseMode.SILENT);
    }

    @Test
    void eachStrategyIsTimedOnItsCopiesWithItsWarmUpClassesSampling() {
        List<BenchEntry> entries = plan(BenchProfile.FULL, List.of("plain", "jni", "ffm"));
        assertEquals(List.of("WordCountBenchmark.count strategy=alpha copies=1 input=big.txt",
                "WordCountBenchmark.count strategy=alpha copies=4 input=big.txt",
                "WordCountBenchmark.count strategy=alpha copies=8 input=big.txt"),
                labels(entries, "WordCountBenchmark.count strategy=alpha "));
        assertEquals(List.of("WordCountBenchmark.count strategy=beta copies=1 input=big.txt"),
                labels(entries, "WordCountBenchmark.count strategy=beta "), "slow calls: one copy only");
        // One copy is the headline: at least three forks where the sampling allows them.
        int headline = BenchProfile.HEADLINE_MIN_FORKS;
        assertEquals(BenchProfile.FULL.slow().withAtLeastForks(headline), entry(entries, "WordCountBenchmark.count strategy=beta copies=1 input=big.txt").sampling());
        assertEquals(BenchProfile.FULL.standard().withAtLeastForks(headline), entry(entries, "WordCountBenchmark.count strategy=alpha copies=1 input=big.txt").sampling());
        assertEquals(headline, entry(entries, "WordCountBenchmark.count strategy=alpha copies=1 input=big.txt").sampling().minForks());
        assertEquals(BenchProfile.FULL.standard(), entry(entries, "WordCountBenchmark.count strategy=alpha copies=4 input=big.txt").sampling());
        assertEquals(BenchProfile.FULL.quick(), entry(entries, "WordCountBenchmark.count strategy=gamma copies=8 input=big.txt").sampling());
        assertEquals(BenchProfile.FULL.extended(), entry(entries, "WordCountBenchmark.count strategy=epsilon copies=1 input=big.txt").sampling(),
                "GraalPy's one long fork stays one");
    }

    @Test
    void aStrategyLeavingGarbagePerWordIsMeasuredInIterationsHoldingSeveralCalls() {
        SequencedMap<String, StrategyTraits> two = new LinkedHashMap<>();
        two.put("tidy", StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "JIT", 1));
        two.put("messy", StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "JIT", 2).leavingGarbagePerWord());
        List<BenchEntry> entries = new BenchPlan(BenchProfile.FULL, two,
                Map.of("tidy", Duration.ofMillis(15), "messy", Duration.ofMillis(15)), List.of(), List.of(1)).entries();
        Timing tidy = entry(entries, "WordCountBenchmark.count strategy=tidy copies=1 input=big.txt").sampling().timing();
        Timing messy = entry(entries, "WordCountBenchmark.count strategy=messy copies=1 input=big.txt").sampling().timing();
        assertEquals(BenchProfile.FULL.standard().timing(), tidy);
        assertEquals(BenchProfile.FULL.garbageIteration(), messy.measurementTime());
        assertEquals(tidy.measurementIterations(), messy.measurementIterations());
        assertEquals(tidy.warmupTime(), messy.warmupTime(), "only the measured iterations grow");
        assertEquals(Timing.SINGLE_SHOT, entry(entries, "ColdFirstCallBenchmark.firstCall strategy=messy copies=1 input=big.txt")
                .sampling().timing(), "a cold first call stays one call");
        assertEquals(messy.measurementTime().toMillis() + "ms", fork(entry(entries,
                "WordCountBenchmark.count strategy=messy copies=1 input=big.txt")).getMeasurementTime().get().toString()
                .replace(" ", ""), "JMH is told");
    }

    @Test
    void aStrategyTakingATenthOfASecondPerCopyIsTimedOnOneAndFourCopiesOnly() {
        assertEquals(List.of("WordCountBenchmark.count strategy=slowish copies=1 input=big.txt",
                "WordCountBenchmark.count strategy=slowish copies=4 input=big.txt"), timedCopies(Duration.ofMillis(100)));
    }

    @Test
    void aStrategyTakingHalfASecondPerCopyIsTimedOnOneCopyOnly() {
        assertEquals(List.of("WordCountBenchmark.count strategy=slowish copies=1 input=big.txt"),
                timedCopies(Duration.ofMillis(500)));
    }

    private static List<String> timedCopies(Duration perCopy) {
        SequencedMap<String, StrategyTraits> one = new LinkedHashMap<>();
        one.put("slowish", StrategyTraits.of(RuntimeKind.EXTERNAL_PROCESS, WarmUp.QUICK, "a process", 1));
        List<BenchEntry> entries = new BenchPlan(BenchProfile.FULL, one, Map.of("slowish", perCopy),
                List.of(), List.of(1)).entries();
        return labels(entries, "WordCountBenchmark.count strategy=slowish copies=");
    }

    @Test
    void everyStrategyCountingInAKeyedTableIsAlsoTimedOnTheAdversarialInputsAtOneCopy() {
        List<BenchEntry> entries = new BenchPlan(BenchProfile.FULL, STRATEGIES, Map.of(), List.of(), List.of(1),
                BenchInput.ADVERSARIAL).entries();
        STRATEGIES.forEach((strategy, traits) -> {
            for (String input : BenchInput.ADVERSARIAL) {
                String label = "WordCountBenchmark.count strategy=" + strategy + " copies=1 input=" + input;
                if (traits.keyedTable()) {
                    assertEquals(1, entry(entries, label).sampling().minForks());
                } else {
                    assertEquals(List.of(), labels(entries, label), "no table of wordbench's own: big.txt only");
                }
            }
        });
        assertEquals(List.of("WordCountBenchmark.count strategy=gamma copies=1 input=flood",
                "WordCountBenchmark.count strategy=gamma copies=1 input=flood-control"),
                labels(entries, "WordCountBenchmark.count strategy=").stream().filter(l -> l.contains("flood")).toList());
    }

    @Test
    void everyForkIsOneJvmWithTheEntrysParamsTimingAndOptions() {
        BenchEntry graal = entry(plan(BenchProfile.FULL, List.of("plain")), "WordCountBenchmark.count strategy=epsilon copies=1 input=big.txt");
        Options options = fork(graal);
        assertEquals(1, options.getForkCount().get());
        assertEquals(0, options.getWarmupForkCount().get());
        assertEquals(List.of("epsilon"), List.copyOf(options.getParameter("strategy").get()));
        assertEquals(List.of("1"), List.copyOf(options.getParameter("copies").get()));
        assertEquals(BenchProfile.FULL.extended().timing().warmupIterations(), options.getWarmupIterations().get());
        assertEquals(List.of("-Dx=y", "-XX:+EnableJVMCI"), List.copyOf(options.getJvmArgsAppend().get()));
        assertTrue(Pattern.compile(options.getIncludes().getFirst()).matcher(WordCountBenchmark.class.getName() + ".count").find());
    }

    @Test
    void theGcProfilerRidesAlongOnlyWhereTheHeapTellsTheTruth() {
        List<BenchEntry> entries = plan(BenchProfile.FULL, List.of("plain"));
        Map<String, Boolean> expected = Map.of("alpha", true, "beta", true, "gamma", false, "delta", false, "epsilon", true);
        expected.forEach((strategy, profiled) -> assertEquals(profiled,
                fork(entry(entries, "WordCountBenchmark.count strategy=" + strategy + " copies=1 input=big.txt"))
                        .getProfilers().stream().anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName())), strategy));
    }

    @Test
    void onlyParallelStrategiesScaleThreadsAndEveryStrategyGetsColdForks() {
        List<BenchEntry> entries = plan(BenchProfile.FULL, List.of("plain"));
        assertEquals(List.of("ThreadScalingBenchmark.count strategy=delta copies=8 input=big.txt threads=1",
                "ThreadScalingBenchmark.count strategy=delta copies=8 input=big.txt threads=2"),
                labels(entries, "ThreadScalingBenchmark"));
        for (String strategy : STRATEGIES.keySet()) {
            BenchEntry cold = entry(entries, "ColdFirstCallBenchmark.firstCall strategy=" + strategy + " copies=1 input=big.txt");
            assertEquals(0, fork(cold).getWarmupIterations().get());
            assertTrue(cold.sampling().minForks() >= 5, "enough forks for a median and an interval");
        }
    }

    @Test
    void callOverheadRunsOnlyTheVariantsThatCanRun() {
        assertEquals(List.of("DoubleCallBenchmark.plain"), labels(plan(BenchProfile.QUICK, List.of("plain")), "DoubleCallBenchmark"));
    }

    @Test
    void estimatesGrowWithTheOpTimeAndTheRemainingGuessFollowsTheActualPace() {
        Timing timing = Timing.of(2, 1000, 3, 1000);
        Duration fast = timing.estimate(Duration.ofMillis(10), Duration.ofSeconds(1));
        Duration slow = timing.estimate(Duration.ofSeconds(4), Duration.ofSeconds(1));
        assertEquals(Duration.ofMillis(1000 + 10 + 5 * 1005), fast);
        assertEquals(Duration.ofMillis(1000 + 4000 + 5 * 4000), slow);
        assertEquals(Duration.ofSeconds(20), RoundRunner.scale(Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofSeconds(3)));
        assertEquals("2m05s", RoundRunner.format(Duration.ofSeconds(125)));
    }
}
