package wordbench.harness.bench;

import java.time.Duration;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long one fork warms up and measures. An iteration lasts at least its time and at least one
 * op, so for a slow strategy the op time, not the iteration time, rules. Forks are not part of
 * it: the pipeline runs one fork at a time ({@link Sampling} says how many).
 */
public record Timing(int warmupIterations, Duration warmupTime, int measurementIterations, Duration measurementTime) {

    public Timing {
        if (warmupIterations < 0 || measurementIterations < 1) {
            throw new IllegalArgumentException("bad timing " + warmupIterations + "/" + measurementIterations);
        }
    }

    static Timing of(int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {
        return new Timing(warmupIterations, Duration.ofMillis(warmupMillis), measurementIterations,
                Duration.ofMillis(measurementMillis));
    }

    /** The same timing with measurement iterations of at least {@code time} (a single shot stays one). */
    Timing measuringAtLeast(Duration time) {
        if (measurementTime.isZero() || measurementTime.compareTo(time) >= 0) {
            return this;
        }
        return new Timing(warmupIterations, warmupTime, measurementIterations, time);
    }

    /** A single call per fork, no warm-up: the cold first call. */
    static final Timing SINGLE_SHOT = new Timing(0, Duration.ZERO, 1, Duration.ZERO);

    ChainedOptionsBuilder applyTo(ChainedOptionsBuilder options) {
        options.warmupIterations(warmupIterations).measurementIterations(measurementIterations);
        if (warmupIterations > 0) {
            options.warmupTime(TimeValue.milliseconds(warmupTime.toMillis()));
        }
        if (!measurementTime.isZero()) {
            options.measurementTime(TimeValue.milliseconds(measurementTime.toMillis()));
        }
        return options;
    }

    /** A guess at one fork's wall time, for the progress line: start-up + iterations. */
    Duration estimate(Duration op, Duration jvmStart) {
        long perFork = jvmStart.toMillis() + op.toMillis() // the setup and the first, slow calls
                + warmupIterations * iteration(warmupTime, op)
                + measurementIterations * iteration(measurementTime, op);
        return Duration.ofMillis(perFork);
    }

    /** Ops run until the time is up, and the last one finishes: half an op over, on average. */
    private static long iteration(Duration time, Duration op) {
        return op.compareTo(time) >= 0 ? op.toMillis() : time.toMillis() + op.toMillis() / 2;
    }
}
