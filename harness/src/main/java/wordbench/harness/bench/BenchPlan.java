package wordbench.harness.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Turns a profile and the strategies that passed the agreement check into JMH runs. One run per
 * strategy, so each gets its own group's warm-up and the progress line can name it.
 *
 * @param profile          how long to measure
 * @param strategies       the strategies to time, in name order
 * @param firstCallOneCopy each strategy's time on one copy in the agreement check (a guess for the estimate)
 * @param nativeCalls      which DoubleCallBenchmark methods can run ("plain", "jni", "ffm")
 * @param forkOptions      JVM options every fork needs (input paths, native access)
 * @param threadCounts     the worker counts of the thread-scaling runs
 * @param verbosity        JMH's own output
 */
record BenchPlan(BenchProfile profile, List<String> strategies, Map<String, Duration> firstCallOneCopy,
                 List<String> nativeCalls, List<String> forkOptions, List<Integer> threadCounts,
                 VerboseMode verbosity) {

    /** JVM start, class loading, strategy setup: what a fork costs before its first op. */
    private static final Duration FORK_START = Duration.ofMillis(1500);
    private static final Duration UNKNOWN_OP = Duration.ofMillis(200);
    /** The floor reads and scans about a gigabyte a second; a generous guess per copy. */
    private static final Duration FLOOR_OP = Duration.ofMillis(20);

    static List<Integer> oneTo(int cores) {
        return IntStream.rangeClosed(1, Math.max(1, cores)).boxed().toList();
    }

    List<BenchRun> runs() {
        List<BenchRun> runs = new ArrayList<>();
        for (String strategy : strategies) {
            StrategyGroup group = StrategyGroup.of(strategy);
            Timing timing = profile.wordCount(group);
            List<Integer> copies = profile.copies(group);
            ChainedOptionsBuilder options = options(WordCountBenchmark.class, "count", timing, strategy)
                    .param("strategy", strategy)
                    .param("copies", strings(copies));
            if (StrategyGroup.heapAllocationVisible(strategy)) {
                // gc.alloc.rate.norm: bytes allocated per op; cheap enough to ride along.
                options.addProfiler(GCProfiler.class);
            }
            Duration estimate = copies.stream()
                    .map(c -> timing.estimate(op(strategy, c), FORK_START))
                    .reduce(Duration.ZERO, Duration::plus);
            runs.add(new BenchRun("WordCountBenchmark " + strategy + " (copies " + join(copies) + ")",
                    Optional.of(strategy), options.build(), estimate));
        }

        Timing floor = profile.floor();
        runs.add(new BenchRun("FloorBenchmark (copies " + join(profile.copies()) + ")", Optional.empty(),
                options(FloorBenchmark.class, "readAndFindWords", floor, null)
                        .param("copies", strings(profile.copies())).build(),
                profile.copies().stream().map(c -> floor.estimate(FLOOR_OP.multipliedBy(c), FORK_START))
                        .reduce(Duration.ZERO, Duration::plus)));

        if (!nativeCalls.isEmpty()) {
            Timing calls = profile.callOverhead();
            runs.add(new BenchRun("DoubleCallBenchmark (" + String.join(", ", nativeCalls) + ")", Optional.empty(),
                    options(DoubleCallBenchmark.class, "(" + String.join("|", nativeCalls) + ")", calls, null).build(),
                    calls.estimate(Duration.ZERO, FORK_START).multipliedBy(nativeCalls.size())));
        }

        int copies = profile.largestCopies();
        for (String strategy : strategies.stream().filter(StrategyGroup::isParallel).toList()) {
            Timing timing = profile.threadScaling();
            runs.add(new BenchRun("ThreadScalingBenchmark " + strategy + " (threads " + join(threadCounts)
                    + ", copies " + copies + ")", Optional.of(strategy),
                    options(ThreadScalingBenchmark.class, "count", timing, strategy)
                            .param("strategy", strategy)
                            .param("copies", Integer.toString(copies))
                            .param("threads", strings(threadCounts)).build(),
                    timing.estimate(op(strategy, copies), FORK_START).multipliedBy(threadCounts.size())));
        }

        Timing cold = Timing.singleShot(profile.coldForks());
        for (String strategy : strategies) {
            // One run per strategy, so that a strategy failing cold loses only its own samples.
            runs.add(new BenchRun("ColdFirstCallBenchmark " + strategy + " (copies 1, " + cold.forks() + " forks)",
                    Optional.of(strategy),
                    options(ColdFirstCallBenchmark.class, "firstCall", cold, strategy)
                            .param("strategy", strategy).param("copies", "1").build(),
                    cold.estimate(op(strategy, 1), FORK_START)));
        }
        return runs;
    }

    /** A JMH run of {@code methods}; a fork timing {@code strategy} (null: none) adds the JVM options its traits ask for. */
    private ChainedOptionsBuilder options(Class<?> benchmark, String methods, Timing timing, String strategy) {
        List<String> jvmOptions = new ArrayList<>(forkOptions);
        if (strategy != null) {
            jvmOptions.addAll(StrategyGroup.forkJvmOptions(strategy));
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\." + methods + "$")
                .jvmArgsAppend(jvmOptions.toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(verbosity);
        return timing.applyTo(options);
    }

    /** The agreement check's time scaled by copies: a cold call, so on the safe side. */
    private Duration op(String strategy, int copies) {
        return firstCallOneCopy.getOrDefault(strategy, UNKNOWN_OP).multipliedBy(copies);
    }

    private static String[] strings(List<Integer> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
