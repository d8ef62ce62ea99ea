package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/** What the plan asks JMH to run, per strategy group, before anything is run. */
class BenchPlanTest {

    static final List<String> STRATEGIES = List.of("java-fast", "jython", "rust-jni", "rust-parallel");

    static List<BenchRun> plan(BenchProfile profile, List<String> nativeCalls) {
        return new BenchPlan(profile, STRATEGIES, Map.of("jython", Duration.ofSeconds(4)), nativeCalls,
                List.of("-Dx=y"), List.of(1, 2), VerboseMode.SILENT).runs();
    }

    static BenchRun run(List<BenchRun> runs, String label) {
        return runs.stream().filter(r -> r.label().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + label + " in " + runs));
    }

    static List<String> param(Options options, String name) {
        return List.copyOf(options.getParameter(name).get());
    }

    @Test
    void eachStrategyIsTimedOnItsGroupsCopiesWithItsGroupsWarmup() {
        List<BenchRun> runs = plan(BenchProfile.QUICK, List.of("plain", "jni", "ffm"));
        Options java = run(runs, "WordCountBenchmark java-fast").options();
        Options jython = run(runs, "WordCountBenchmark jython").options();
        assertEquals(List.of("1", "4"), param(java, "copies"));
        assertEquals(List.of("1"), param(jython, "copies"), "quick skips Jython on 4 copies");
        assertEquals(List.of("jython"), param(jython, "strategy"));
        assertEquals(BenchProfile.QUICK.interpreted().measurementIterations(), jython.getMeasurementIterations().get());
        assertEquals(List.of("-Dx=y"), List.copyOf(java.getJvmArgsAppend().get()));
        assertTrue(Pattern.compile(java.getIncludes().getFirst())
                .matcher(WordCountBenchmark.class.getName() + ".count").find());
    }

    @Test
    void theGcProfilerRidesAlongOnlyWhereTheHeapTellsTheTruth() {
        List<BenchRun> runs = plan(BenchProfile.FULL, List.of("plain"));
        for (String strategy : STRATEGIES) {
            boolean profiled = run(runs, "WordCountBenchmark " + strategy + " ").options().getProfilers().stream()
                    .anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName()));
            assertEquals(!strategy.startsWith("rust-"), profiled, strategy);
        }
    }

    @Test
    void onlyParallelStrategiesScaleThreadsAndEveryStrategyGetsAColdRun() {
        List<BenchRun> runs = plan(BenchProfile.FULL, List.of("plain"));
        List<String> scaled = runs.stream().filter(r -> r.label().startsWith("ThreadScalingBenchmark"))
                .map(r -> r.strategy().orElseThrow()).toList();
        assertEquals(List.of("rust-parallel"), scaled);
        Options threads = run(runs, "ThreadScalingBenchmark").options();
        assertEquals(List.of("1", "2"), param(threads, "threads"));
        assertEquals(List.of("4"), param(threads, "copies"));
        for (String strategy : STRATEGIES) {
            Options cold = run(runs, "ColdFirstCallBenchmark " + strategy + " ").options();
            assertEquals(0, cold.getWarmupIterations().get());
            assertEquals(BenchProfile.FULL.coldForks(), cold.getForkCount().get());
        }
    }

    @Test
    void callOverheadRunsOnlyTheVariantsThatCanRun() {
        Options withoutRust = run(plan(BenchProfile.QUICK, List.of("plain")), "DoubleCallBenchmark").options();
        Pattern include = Pattern.compile(withoutRust.getIncludes().getFirst());
        assertTrue(include.matcher(DoubleCallBenchmark.class.getName() + ".plain").find());
        assertTrue(!include.matcher(DoubleCallBenchmark.class.getName() + ".jni").find());
    }

    @Test
    void estimatesGrowWithTheOpTimeAndTheRemainingGuessFollowsTheActualPace() {
        Timing timing = Timing.of(2, 1000, 3, 1000, 2);
        Duration fast = timing.estimate(Duration.ofMillis(10), Duration.ofSeconds(1));
        Duration slow = timing.estimate(Duration.ofSeconds(4), Duration.ofSeconds(1));
        assertEquals(Duration.ofMillis(2 * (1000 + 10 + 5 * 1005)), fast);
        assertEquals(Duration.ofMillis(2 * (1000 + 4000 + 5 * 4000)), slow);
        assertEquals(Duration.ofSeconds(20), PlanRunner.scale(Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofSeconds(3)));
        assertEquals("2m05s", PlanRunner.format(Duration.ofSeconds(125)));
    }
}
