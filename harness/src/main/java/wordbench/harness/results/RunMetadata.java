package wordbench.harness.results;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a results file was measured on and how, kept beside it as {@code <results>.meta.json}:
 * enough to judge the numbers later and to print the footer of every chart.
 *
 * @param date           when the run started (ISO-8601, UTC)
 * @param excluded       strategy name to why it is not in the results (unavailable, disagreed, failed)
 * @param complete       a full-profile run of every available strategy with nothing failing: only such a
 *                       run (or an explicit {@code --charts DIR}) draws into {@code charts/}
 * @param scope          what was run, in words: "every available strategy" or "subset: a, b"
 * @param seed           the seed of the shuffled fork order
 * @param order          every fork in the order it ran: "round label"
 * @param forkJvmOptions the JVM options every fork got (fixed heap, named GC, ...)
 * @param forkEnvironment the environment variables the forks inherited that change how they measure
 *                       (glibc's malloc tunables); "(unset)" when absent
 * @param cpuPinning     which measured threads were pinned to a CPU, in words; "(not recorded)" in runs
 *                       from before pinning
 * @param targetError    (0 when unknown) sampling stopped adding forks to an entry once its interval was within this fraction
 * @param noisyError     an entry whose interval is wider than this fraction of its score is flagged noisy
 * @param durationSeconds the whole run, agreement check included
 * @param entries        per (benchmark, params): score, interval, samples, why sampling stopped, noise flag
 * @param selfTimedCalls foreign calls timed by a strategy's own language (not JMH), one per strategy
 *                       that offers one; none in a run without such a strategy, or from before they existed
 */
public record RunMetadata(String date, String host, String profile, String jdk, String rustc, String jython,
                          String cpu, int cores, String os, String commit, String corpusSha256,
                          List<String> strategies, Map<String, String> excluded,
                          boolean complete, String scope, long seed, List<String> order, List<String> forkJvmOptions,
                          Map<String, String> forkEnvironment, String cpuPinning, double targetError, double noisyError, long durationSeconds,
                          List<Entry> entries, List<SelfTimed> selfTimedCalls) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * One entry of the run.
     *
     * @param error         JMH's 99.9% half-interval; absent (null) when it could not be computed ("n/a")
     * @param relativeError the 99.9% half-interval over the score; absent (null) when it could not be computed
     * @param forks         JVM forks it got
     * @param samples       measured iterations over all forks (the cold first call: one per fork)
     * @param stop          why sampling stopped: "within 5.0%", "fork limit (8)", "time cap (60 s)", "run budget (17m00s)"
     * @param noisy         the interval is wider than {@code noisyError} of the score, or unknown
     */
    public record Entry(String benchmark, Map<String, String> params, double score, Double error, String unit,
                        Double relativeError, int forks, long samples, String stop, boolean noisy) {

        /** JSON has no NaN: an interval that could not be computed is left out. */
        public static Entry of(String benchmark, Map<String, String> params, double score, double error, String unit,
                               int forks, long samples, String stop, double noisyError) {
            double relative = score > 0 && Double.isFinite(error) ? error / score : Double.NaN;
            return new Entry(benchmark, params, score, Double.isFinite(error) ? error : null, unit,
                    Double.isFinite(relative) ? relative : null, forks, samples, stop,
                    !(relative <= noisyError));
        }
    }

    /**
     * One foreign call timed by a strategy's own language, e.g. double(int) from CPython through
     * ctypes by Python's timeit: not a JMH number, so it carries what timed it.
     *
     * @param strategy the strategy whose language made the call
     * @param call     what was called, e.g. "double(int) through ctypes"
     * @param timer    what timed it, e.g. "timeit"
     * @param samples  each repeat of the timer: nanoseconds per call, in the order they ran
     * @param min      the smallest sample: timeit's advice, the other repeats measure interference
     */
    public record SelfTimed(String strategy, String call, String timer, List<Double> samples, double min) {

        public SelfTimed {
            samples = samples == null ? List.of() : List.copyOf(samples);
        }

        /** The record of {@code samples} (at least one, each finite and positive): their minimum is the value. */
        public static SelfTimed of(String strategy, String call, String timer, double[] samples) {
            if (samples.length == 0) {
                throw new IllegalArgumentException(strategy + " timed no repeat of " + call);
            }
            for (double sample : samples) {
                if (!(sample > 0 && Double.isFinite(sample))) {
                    throw new IllegalArgumentException(strategy + " timed " + call + " at " + sample + " ns per call");
                }
            }
            return new SelfTimed(strategy, call, timer, Arrays.stream(samples).boxed().toList(),
                    Arrays.stream(samples).min().orElseThrow());
        }
    }

    /** The metadata of a run from before the pipeline sampled adaptively: no per-entry facts. */
    public RunMetadata(String date, String host, String profile, String jdk, String rustc, String jython,
                       String cpu, int cores, String os, String commit, String corpusSha256,
                       List<String> strategies, Map<String, String> excluded) {
        this(date, host, profile, jdk, rustc, jython, cpu, cores, os, commit, corpusSha256, strategies, excluded,
                false, "?", 0, List.of(), List.of(), Map.of(), null, 0, 0, 0, List.of(), List.of());
    }

    public RunMetadata {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        excluded = excluded == null ? Map.of() : Map.copyOf(excluded);
        scope = scope == null ? "?" : scope;
        order = order == null ? List.of() : List.copyOf(order);
        forkJvmOptions = forkJvmOptions == null ? List.of() : List.copyOf(forkJvmOptions);
        forkEnvironment = forkEnvironment == null ? Map.of() : Map.copyOf(forkEnvironment);
        cpuPinning = cpuPinning == null ? "(not recorded)" : cpuPinning;
        entries = entries == null ? List.of() : List.copyOf(entries);
        selfTimedCalls = selfTimedCalls == null ? List.of() : List.copyOf(selfTimedCalls);
    }

    /** {@code results/X.json} → {@code results/X.meta.json}. */
    public static Path besides(Path results) {
        return results.resolveSibling(stem(results) + ".meta.json");
    }

    /** {@code results/X.json} → {@code X}. */
    public static String stem(Path results) {
        String name = results.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** The entries flagged as noisy. */
    public List<Entry> noisy() {
        return entries.stream().filter(Entry::noisy).toList();
    }

    public static RunMetadata read(Path file) throws IOException {
        try {
            RunMetadata metadata = GSON.fromJson(Files.readString(file), RunMetadata.class);
            if (metadata == null) {
                throw new IOException(file + " is empty");
            }
            return metadata;
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new IOException(file + " is not a wordbench metadata file: " + BenchResults.jsonProblem(e), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, GSON.toJson(this) + "\n");
    }

    /** For a results file that lost its metadata: the footer says so instead of guessing. */
    public static RunMetadata unknown() {
        return new RunMetadata("?", "?", "?", "?", "?", "?", "unknown machine", 0, "?", "?", "?", List.of(), Map.of());
    }
}
