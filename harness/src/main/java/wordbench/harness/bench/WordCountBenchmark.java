package wordbench.harness.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import wordbench.spi.TopWords;

/**
 * The talk's measurement, warm: from the file(s) on disk to the top 10 words, reading included.
 * Every strategy runs the same op on the same bytes. No warm-up, measurement or fork annotations:
 * those depend on the strategy (an interpreter needs far longer than native code) and live in
 * {@link BenchProfile}, which both the pipeline and {@code wordbench jmh} apply.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WordCountBenchmark {

    /*
     * WHY: this is the number on the slide. Reading is inside the op because the talk's Python read
     * the file too, and because an mmap-ing strategy must not get its I/O for free. Returning the
     * answer lets JMH's Blackhole keep the whole computation alive.
     */
    @Benchmark
    public TopWords count(StrategyState state) throws IOException {
        return state.counter.count(state.files, 10);
    }
}
