package wordbench.harness.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import wordbench.spi.Availability;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * A strategy that remembers how long its last count took. The agreement check runs every
 * strategy once anyway; its times are the first guess at how long each benchmark will take.
 */
final class TimedCounter implements WordCounter {

    private final WordCounter counter;
    private Duration last = Duration.ZERO;

    TimedCounter(WordCounter counter) {
        this.counter = counter;
    }

    Duration lastCallDuration() {
        return last;
    }

    @Override
    public String name() {
        return counter.name();
    }

    @Override
    public String description() {
        return counter.description();
    }

    @Override
    public StrategyTraits traits() {
        return counter.traits();
    }

    @Override
    public Availability availability() {
        return counter.availability();
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        long start = System.nanoTime();
        try {
            return counter.count(files, n);
        } finally {
            last = Duration.ofNanos(System.nanoTime() - start);
        }
    }

    @Override
    public void close() {
        counter.close();
    }
}
