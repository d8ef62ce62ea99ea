package wordbench.harness.bench;

import java.time.Duration;

/**
 * How one kind of entry is sampled: each fork warms up and measures by {@link #timing}; every entry
 * gets {@link #minForks} forks (one per round), then more rounds only while its 99.9% interval is
 * wider than the target, up to {@link #maxForks} forks or {@link #cap} of its own time.
 */
public record Sampling(Timing timing, int minForks, int maxForks, Duration cap) {

    public Sampling {
        if (minForks < 1 || maxForks < minForks) {
            throw new IllegalArgumentException("forks " + minForks + ".." + maxForks);
        }
    }

    /** The same sampling with measurement iterations of at least {@code time}. */
    Sampling measuringAtLeast(Duration time) {
        return new Sampling(timing.measuringAtLeast(time), minForks, maxForks, cap);
    }

    /** At least {@code forks} forks, where the fork limit allows as many; else unchanged. */
    Sampling withAtLeastForks(int forks) {
        return maxForks >= forks && minForks < forks ? new Sampling(timing, forks, maxForks, cap) : this;
    }

    static Sampling of(Timing timing, int minForks, int maxForks, int capSeconds) {
        return new Sampling(timing, minForks, maxForks, Duration.ofSeconds(capSeconds));
    }
}
