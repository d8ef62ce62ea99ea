package wordbench.harness.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.RunMetadata;
import wordbench.spi.SelfTimedCall;
import wordbench.spi.WordCounter;

/**
 * The foreign calls the strategies time with their own language's timer ({@link SelfTimedCall}:
 * the talk's {@code double(int)} from CPython through ctypes, by Python's timeit), asked once per
 * run. JMH cannot time a call made inside another process, and a JMH loop around the worker's loop
 * would add the pipe and a second statistic; so the run records the timer's own repeats and their
 * minimum, labelled with the timer. The pipeline asks after the agreement check has closed its
 * strategies and before any fork starts: the machine is as quiet as it gets within the run, and the
 * cost is a second or two per strategy in every profile.
 */
final class SelfTimedCalls {

    /** Repeats of the strategy's timer: enough for a minimum that ignores a stray interruption. */
    static final int REPEATS = 5;

    private SelfTimedCalls() {
    }

    /**
     * Asks each of the {@code chosen} strategies that offers a self-timed call, in fresh instances.
     * A strategy whose timing fails is reported in {@code log} and left out: its counts are still
     * timed, and the chart shows no bar for it.
     */
    static List<RunMetadata.SelfTimed> measure(List<String> chosen, PrintStream log) {
        List<RunMetadata.SelfTimed> timed = new ArrayList<>();
        try (Strategies strategies = Strategies.load()) {
            for (WordCounter counter : strategies.all()) {
                if (chosen.contains(counter.name()) && counter instanceof SelfTimedCall call) {
                    measure(counter.name(), call, log).ifPresent(timed::add);
                }
            }
        }
        return timed;
    }

    private static Optional<RunMetadata.SelfTimed> measure(String strategy, SelfTimedCall call, PrintStream log) {
        try {
            RunMetadata.SelfTimed result = RunMetadata.SelfTimed.of(strategy, call.timedCall(), call.timer(),
                    call.nanosPerCall(REPEATS));
            log.printf("wordbench bench: %s timed %s with %s: min %.4g ns per call of %d repeats%n", strategy,
                    result.call(), result.timer(), result.min(), result.samples().size());
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            BenchPipeline.loud(log, strategy + " could not time " + call.timedCall() + " (" + e.getMessage()
                    + "); the run goes on without it");
            return Optional.empty();
        }
    }
}
