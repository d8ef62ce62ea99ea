package wordbench.harness.bench;

import java.time.Duration;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long one JMH trial warms up and measures, and in how many forks. An iteration lasts at least
 * its time and at least one op, so for a slow strategy the op time, not the iteration time, rules.
 */
public record Timing(int warmupIterations, Duration warmupTime, int measurementIterations,
                     Duration measurementTime, int forks) {

    public Timing {
        if (warmupIterations < 0 || measurementIterations < 1 || forks < 0) {
            throw new IllegalArgumentException("bad timing " + warmupIterations + "/" + measurementIterations + "/" + forks);
        }
    }

    static Timing of(int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis, int forks) {
        return new Timing(warmupIterations, Duration.ofMillis(warmupMillis), measurementIterations,
                Duration.ofMillis(measurementMillis), forks);
    }

    /** A single call per fork, no warm-up: the cold first call. */
    static Timing singleShot(int forks) {
        return new Timing(0, Duration.ZERO, 1, Duration.ZERO, forks);
    }

    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder options) {
        options.warmupIterations(warmupIterations).measurementIterations(measurementIterations).forks(forks);
        if (warmupIterations > 0) {
            options.warmupTime(TimeValue.milliseconds(warmupTime.toMillis()));
        }
        if (!measurementTime.isZero()) {
            options.measurementTime(TimeValue.milliseconds(measurementTime.toMillis()));
        }
        return options;
    }

    /** A guess at one trial's wall time, for the progress line: forks × (start-up + iterations). */
    Duration estimate(Duration op, Duration jvmStart) {
        long perFork = jvmStart.toMillis() + op.toMillis() // the setup and the first, slow calls
                + warmupIterations * iteration(warmupTime, op)
                + measurementIterations * iteration(measurementTime, op);
        return Duration.ofMillis(Math.max(1, forks) * perFork);
    }

    /** Ops run until the time is up, and the last one finishes: half an op over, on average. */
    private static long iteration(Duration time, Duration op) {
        return op.compareTo(time) >= 0 ? op.toMillis() : time.toMillis() + op.toMillis() / 2;
    }

    Timing withForks(int forks) {
        return new Timing(warmupIterations, warmupTime, measurementIterations, measurementTime, forks);
    }
}
