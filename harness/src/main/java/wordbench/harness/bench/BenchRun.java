package wordbench.harness.bench;

import java.time.Duration;
import java.util.Optional;
import org.openjdk.jmh.runner.options.Options;

/**
 * One JMH run of the plan: one benchmark, for one strategy or none.
 *
 * @param label    what the progress line says, e.g. "WordCountBenchmark jython (copies 1, 4)"
 * @param strategy the strategy it times, if any: a failing run excludes it
 * @param estimate the guessed wall time, for the time-left estimate
 */
record BenchRun(String label, Optional<String> strategy, Options options, Duration estimate) {
}
