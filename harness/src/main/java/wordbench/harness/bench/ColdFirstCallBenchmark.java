package wordbench.harness.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import wordbench.spi.TopWords;

/**
 * The first call in a fresh JVM: no warm-up, one call per fork, so the JIT (or Jython's
 * compilation of Python to bytecode) has not happened yet. The strategy object is created and its
 * availability checked in setup, outside the time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class ColdFirstCallBenchmark {

    /*
     * WHY: the talk timed one call with time.time(). That is this number, not the warm one; the
     * gap between the two is what a one-off script run actually pays. Every fork is a new sample.
     */
    @Benchmark
    public TopWords firstCall(StrategyState state) throws IOException {
        return state.counter.count(state.files, 10);
    }
}
