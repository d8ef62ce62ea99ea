package wordbench.harness.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.IntStream;
import wordbench.spi.StrategyTraits;

/**
 * Turns a profile and the strategies that passed the agreement check into entries: one per
 * (benchmark, strategy, input), each to be sampled fork by fork in interleaved rounds.
 *
 * @param profile          how long to measure
 * @param strategies       the strategies to time, in name order, with their traits
 * @param timePerCopy      each strategy's time on one copy in the agreement check (a guess for the estimate)
 * @param nativeCalls      which DoubleCallBenchmark methods can run ("plain", "jni", "ffm")
 * @param threadCounts     the worker counts of the thread-scaling entries
 * @param adversarialInputs the inputs besides big.txt every strategy counting in a keyed table of wordbench's own is timed on, at one copy
 */
record BenchPlan(BenchProfile profile, SequencedMap<String, StrategyTraits> strategies, Map<String, Duration> timePerCopy,
                 List<String> nativeCalls, List<Integer> threadCounts, List<String> adversarialInputs) {

    BenchPlan(BenchProfile profile, SequencedMap<String, StrategyTraits> strategies, Map<String, Duration> timePerCopy,
              List<String> nativeCalls, List<Integer> threadCounts) {
        this(profile, strategies, timePerCopy, nativeCalls, threadCounts, List.of());
    }

    /** JVM start (heap pre-touched), class loading, strategy setup: what a fork costs before its first op. */
    static final Duration FORK_START = Duration.ofMillis(1500);
    private static final Duration UNKNOWN_OP = Duration.ofMillis(200);
    /** The floor reads and scans about a gigabyte a second; a generous guess per copy. */
    private static final Duration FLOOR_OP = Duration.ofMillis(20);

    static List<Integer> oneTo(int cores) {
        return IntStream.rangeClosed(1, Math.max(1, cores)).boxed().toList();
    }

    List<BenchEntry> entries() {
        List<BenchEntry> entries = new ArrayList<>();
        strategies.forEach((strategy, traits) -> {
            Sampling sampling = profile.wordCount(traits);
            for (int copies : profile.copies(traits, timePerCopy.getOrDefault(strategy, UNKNOWN_OP))) {
                Sampling forCopies = copies == 1 ? sampling.withAtLeastForks(BenchProfile.HEADLINE_MIN_FORKS) : sampling;
                entries.add(new BenchEntry(WordCountBenchmark.class, "count", strategyParams(strategy, copies),
                        forCopies, Optional.of(strategy), traits.runtime().heapAllocationVisible(),
                        traits.forkJvmOptions(), guess(forCopies, op(strategy, copies))));
            }
            // The hostile text and its control: a finding beside the headline, so one fork each unless
            // wide. Only for strategies counting in wordbench's own keyed tables, which the flood
            // attacks: to a dict or a HashMap it is just many distinct words, as its control is.
            Sampling oneFork = new Sampling(sampling.timing(), 1, sampling.maxForks(), sampling.cap());
            for (String input : traits.keyedTable() ? adversarialInputs : List.<String>of()) {
                SequencedMap<String, String> params = strategyParams(strategy, 1);
                params.put("input", input);
                entries.add(new BenchEntry(WordCountBenchmark.class, "count", params, oneFork, Optional.of(strategy),
                        false, traits.forkJvmOptions(), guess(oneFork, op(strategy, 1))));
            }
        });
        for (int copies : profile.copies()) {
            entries.add(new BenchEntry(FloorBenchmark.class, "readAndFindWords", params("copies", copies),
                    profile.floor(), Optional.empty(), false, List.of(),
                    guess(profile.floor(), FLOOR_OP.multipliedBy(copies))));
        }
        for (String variant : nativeCalls) {
            entries.add(new BenchEntry(DoubleCallBenchmark.class, variant, new LinkedHashMap<>(),
                    profile.callOverhead(), Optional.empty(), false, List.of(), guess(profile.callOverhead(), Duration.ZERO)));
        }
        for (String strategy : BoundaryBenchmark.probed(List.copyOf(strategies.keySet()))) {
            SequencedMap<String, String> params = new LinkedHashMap<>();
            params.put("strategy", strategy);
            entries.add(new BenchEntry(BoundaryBenchmark.class, "emptyRequest", params, profile.callOverhead(),
                    Optional.of(strategy), false, strategies.get(strategy).forkJvmOptions(),
                    guess(profile.callOverhead(), Duration.ZERO)));
        }
        int largest = profile.largestCopies();
        strategies.forEach((strategy, traits) -> {
            if (!traits.parallel()) {
                return;
            }
            for (int threads : threadCounts) {
                SequencedMap<String, String> params = strategyParams(strategy, largest);
                params.put("threads", Integer.toString(threads));
                entries.add(new BenchEntry(ThreadScalingBenchmark.class, "count", params, profile.threadScaling(),
                        Optional.of(strategy), false, traits.forkJvmOptions(),
                        guess(profile.threadScaling(), op(strategy, largest))));
            }
        });
        strategies.forEach((strategy, traits) -> entries.add(new BenchEntry(ColdFirstCallBenchmark.class, "firstCall",
                strategyParams(strategy, 1), profile.cold(), Optional.of(strategy), false, traits.forkJvmOptions(),
                guess(profile.cold(), op(strategy, 1)))));
        return entries;
    }

    private static SequencedMap<String, String> strategyParams(String strategy, int copies) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put("strategy", strategy);
        params.put("copies", Integer.toString(copies));
        params.put("input", BenchInput.BIG);
        return params;
    }

    private static SequencedMap<String, String> params(String name, int value) {
        SequencedMap<String, String> params = new LinkedHashMap<>();
        params.put(name, Integer.toString(value));
        return params;
    }

    private static Duration guess(Sampling sampling, Duration op) {
        return sampling.timing().estimate(op, FORK_START);
    }

    /** The agreement check's time scaled by copies: a cold call, so on the safe side. */
    private Duration op(String strategy, int copies) {
        return timePerCopy.getOrDefault(strategy, UNKNOWN_OP).multipliedBy(copies);
    }
}
