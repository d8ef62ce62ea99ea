package wordbench.harness.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the plan's JMH runs one after the other and says on stderr which one runs, k of n, and how
 * long is left. The guess is corrected as runs finish: the remaining estimates are scaled by how
 * far off the finished ones were.
 */
final class PlanRunner {

    /** What came out: every result, and the strategies whose benchmark failed, with why. */
    record Outcome(List<RunResult> results, Map<String, String> failed) {
    }

    private final PrintStream progress;
    private final long startNanos;

    /** {@code startNanos}: when the whole benchmark started, for the elapsed time on each line. */
    PlanRunner(PrintStream progress, long startNanos) {
        this.progress = progress;
        this.startNanos = startNanos;
    }

    Outcome run(List<BenchRun> runs) {
        List<RunResult> results = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Duration estimatedDone = Duration.ZERO;
        Duration actualDone = Duration.ZERO;
        for (int k = 0; k < runs.size(); k++) {
            BenchRun run = runs.get(k);
            if (run.strategy().isPresent() && failed.containsKey(run.strategy().get())) {
                progress.printf("wordbench bench [%d/%d] skipping %s: %s failed earlier%n",
                        k + 1, runs.size(), run.label(), run.strategy().get());
                continue;
            }
            Duration left = runs.subList(k, runs.size()).stream().map(BenchRun::estimate)
                    .reduce(Duration.ZERO, Duration::plus);
            progress.printf("wordbench bench [%d/%d] %s; %s elapsed, about %s left%n", k + 1, runs.size(), run.label(),
                    format(Duration.ofNanos(System.nanoTime() - startNanos)), format(scale(left, actualDone, estimatedDone)));
            long start = System.nanoTime();
            try {
                Collection<RunResult> got = new Runner(run.options()).run();
                results.addAll(got);
            } catch (RunnerException | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                if (why.contains("JMH lock")) {
                    // Not this run's fault, and every later run would fail the same way.
                    throw new BenchException("another JMH benchmark is running on this machine (it holds "
                            + System.getProperty("java.io.tmpdir") + "/jmh.lock); wait for it to finish, then run again");
                }
                String who = run.strategy().orElse(run.label());
                BenchPipeline.loud(progress, who + " FAILED during " + run.label() + ": " + why
                        + (run.strategy().isPresent() ? "; it is left out of the results and charts" : ""));
                run.strategy().ifPresent(name -> failed.put(name, "failed during " + run.label() + ": " + why));
            }
            actualDone = actualDone.plusNanos(System.nanoTime() - start);
            estimatedDone = estimatedDone.plus(run.estimate());
        }
        return new Outcome(results, failed);
    }

    /** The remaining estimate times how slow (or fast) the finished runs were, within 0.25x..4x. */
    static Duration scale(Duration left, Duration actualDone, Duration estimatedDone) {
        if (estimatedDone.isZero() || actualDone.isZero()) {
            return left;
        }
        double ratio = Math.clamp((double) actualDone.toMillis() / Math.max(1, estimatedDone.toMillis()), 0.25, 4.0);
        return Duration.ofMillis(Math.round(left.toMillis() * ratio));
    }

    static String format(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }
}
