package wordbench.harness.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One entry of the results: a benchmark method at one set of parameters, sampled fork by fork.
 *
 * @param benchmark      the benchmark class
 * @param method         its method
 * @param params         every {@code @Param} with its one value, in a stable order
 * @param sampling       how its forks warm up and measure, and how many it may get
 * @param strategy       the strategy it times, if any: a failing fork excludes it
 * @param allocation     whether JMH's GC profiler rides along (only where the heap tells the truth)
 * @param jvmOptions     JVM options its forks need beyond everyone's (a strategy's own)
 * @param guess          a first guess at one fork's wall time, before any fork has run
 */
record BenchEntry(Class<?> benchmark, String method, SequencedMap<String, String> params, Sampling sampling,
                  Optional<String> strategy, boolean allocation, List<String> jvmOptions, Duration guess) {

    BenchEntry {
        params = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(params));
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** "WordCountBenchmark.count", the name the results use. */
    String name() {
        return benchmark.getSimpleName() + "." + method;
    }

    /** "WordCountBenchmark.count strategy=java-fast copies=4": unique within a run. */
    String label() {
        return params.isEmpty() ? name() : name() + " " + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /**
     * One JMH run of exactly one fork of this entry ({@code forks} 1; 0 runs it in this JVM, for the
     * smoke test only), with JMH's output at {@code verbosity}.
     */
    Options oneFork(List<String> forkOptions, int forks, VerboseMode verbosity) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\." + Pattern.quote(method) + "$")
                .forks(forks)
                .warmupForks(0)
                .jvmArgsAppend(jvmArgs(forkOptions))
                .shouldFailOnError(true)
                .verbosity(verbosity);
        for (Map.Entry<String, String> param : params.entrySet()) {
            options.param(param.getKey(), param.getValue());
        }
        if (allocation) {
            // gc.alloc.rate.norm: bytes allocated per op; cheap enough to ride along.
            options.addProfiler(GCProfiler.class);
        }
        return sampling.timing().applyTo(options).build();
    }

    private String[] jvmArgs(List<String> forkOptions) {
        return java.util.stream.Stream.concat(forkOptions.stream(), jvmOptions.stream()).toArray(String[]::new);
    }
}
