package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import wordbench.harness.FakeStrategies;
import wordbench.harness.core.Strategies;
import wordbench.spi.StrategyTraits;
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

                SequencedMap<String, StrategyTraits> traits = new LinkedHashMap<>();
                fakes.forEach(f -> traits.put(f.name(), f.traits()));
                List<BenchEntry> entries = new BenchPlan(BenchProfile.QUICK, traits, Map.of(), List.of("plain"), List.of(1, 2))
                        .entries();
                for (String fake : FakeStrategies.ALL) {
                    boolean interpreter = fake.equals(FakeStrategies.INTERPRETER);
                    List<String> copies = entries.stream().filter(e -> e.label().startsWith("WordCountBenchmark.count strategy=" + fake + " "))
                            .map(e -> e.params().get("copies")).toList();
                    assertEquals(interpreter ? List.of("1") : List.of("1", "4"), copies, fake);
                    BenchEntry warmEntry = BenchPlanTest.entry(entries, "WordCountBenchmark.count strategy=" + fake + " copies=1 input=big.txt");
                    Sampling expected = interpreter ? BenchProfile.QUICK.extended()
                            : fake.equals(FakeStrategies.JVM) ? BenchProfile.QUICK.standard() : BenchProfile.QUICK.quick();
                    assertEquals(expected, warmEntry.sampling(), fake);
                    Options warm = BenchPlanTest.fork(warmEntry);
                    boolean profiled = warm.getProfilers().stream().anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName()));
                    assertEquals(fake.equals(FakeStrategies.JVM) || interpreter, profiled, fake + " GC profiler");
                    List<String> forkOptions = interpreter ? List.of("-Dx=y", FakeStrategies.INTERPRETER_FORK_OPTION) : List.of("-Dx=y");
                    assertEquals(forkOptions, List.copyOf(warm.getJvmArgsAppend().get()), fake + " warm forks");
                    Options cold = BenchPlanTest.fork(BenchPlanTest.entry(entries,
                            "ColdFirstCallBenchmark.firstCall strategy=" + fake + " copies=1 input=big.txt"));
                    assertEquals(forkOptions, List.copyOf(cold.getJvmArgsAppend().get()), fake + " cold forks");
                }
                List<String> scaled = entries.stream().filter(e -> e.name().startsWith("ThreadScalingBenchmark"))
                        .map(e -> e.strategy().orElseThrow()).distinct().toList();
                assertEquals(List.of(FakeStrategies.PARALLEL_NATIVE), scaled);
            }
        });
    }
}
