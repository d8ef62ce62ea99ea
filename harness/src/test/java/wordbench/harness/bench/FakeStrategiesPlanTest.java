package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;
import wordbench.harness.FakeStrategies;
import wordbench.harness.core.Strategies;
import wordbench.spi.WordCounter;

/**
 * Strategies of every kind, registered only for this test, pass the benchmark's agreement gate and
 * get the plan their traits ask for: warm-up and copies by warm-up class, the GC profiler where the
 * heap is theirs, thread scaling when parallel, their own fork options.
 */
class FakeStrategiesPlanTest {

    @TempDir
    Path dir;

    @Test
    void theyPassTheGateAndArePlannedByTheirTraits() throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), "b a b c b a\n");
        Path four = Files.writeString(dir.resolve("four.txt"), "b a b c b a\n".repeat(4));
        FakeStrategies.registered(dir.resolve("registry"), () -> {
            try (Strategies strategies = Strategies.load()) {
                List<WordCounter> fakes = FakeStrategies.ALL.stream().map(n -> strategies.byName(n).orElseThrow()).toList();
                Map<String, String> excluded = new HashMap<>();
                AgreementGate gate = new AgreementGate(BenchProfile.QUICK,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                List<String> admitted = gate.admit(fakes, new TreeMap<>(Map.of(1, one, 4, four)), excluded);
                assertEquals(FakeStrategies.ALL, admitted, "excluded: " + excluded);

                List<BenchRun> runs = new BenchPlan(BenchProfile.QUICK, admitted, Map.of(), List.of("plain"),
                        List.of("-Dx=y"), List.of(1, 2), VerboseMode.SILENT).runs();
                for (String fake : FakeStrategies.ALL) {
                    boolean interpreter = fake.equals(FakeStrategies.INTERPRETER);
                    Options warm = BenchPlanTest.run(runs, "WordCountBenchmark " + fake + " ").options();
                    assertEquals(interpreter ? List.of("1") : List.of("1", "4"), BenchPlanTest.param(warm, "copies"), fake);
                    Timing expected = interpreter ? BenchProfile.QUICK.interpreted()
                            : fake.equals(FakeStrategies.JVM) ? BenchProfile.QUICK.java() : BenchProfile.QUICK.nativeCode();
                    assertEquals(expected.warmupIterations(), warm.getWarmupIterations().get(), fake);
                    boolean profiled = warm.getProfilers().stream().anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName()));
                    assertEquals(fake.equals(FakeStrategies.JVM) || interpreter, profiled, fake + " GC profiler");
                    List<String> forkOptions = interpreter ? List.of("-Dx=y", FakeStrategies.INTERPRETER_FORK_OPTION) : List.of("-Dx=y");
                    assertEquals(forkOptions, List.copyOf(warm.getJvmArgsAppend().get()), fake + " warm forks");
                    Options cold = BenchPlanTest.run(runs, "ColdFirstCallBenchmark " + fake + " ").options();
                    assertEquals(forkOptions, List.copyOf(cold.getJvmArgsAppend().get()), fake + " cold forks");
                }
                List<String> scaled = runs.stream().filter(r -> r.label().startsWith("ThreadScalingBenchmark"))
                        .map(r -> r.strategy().orElseThrow()).toList();
                assertEquals(List.of(FakeStrategies.PARALLEL_NATIVE), scaled);
            }
        });
    }
}
