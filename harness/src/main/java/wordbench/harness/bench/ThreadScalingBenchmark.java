package wordbench.harness.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import wordbench.spi.ThreadCount;
import wordbench.spi.TopWords;

/**
 * A parallel strategy with 1, 2, ... worker threads, on the biggest input. The parallel strategies
 * read {@value ThreadCount#PROPERTY} when they count, so the JMH thread count stays 1: the op is one
 * whole count, split by the strategy itself.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ThreadScalingBenchmark {

    @State(Scope.Benchmark)
    public static class Workers {
        /** Filled at run time with 1..availableProcessors. */
        @Param({"1"})
        public int threads;

        private String before;

        @Setup(Level.Trial)
        public void set() {
            before = System.getProperty(ThreadCount.PROPERTY);
            System.setProperty(ThreadCount.PROPERTY, Integer.toString(threads));
            if (threads == 1) {
                // One worker is single-threaded work: pinned like it (a thread inherits its creator's CPUs).
                CpuPinning.pinMeasuredThread();
            }
        }

        // Matters only without a fork (the smoke test): leave the JVM as it was.
        @TearDown(Level.Trial)
        public void restore() {
            if (before == null) {
                System.clearProperty(ThreadCount.PROPERTY);
            } else {
                System.setProperty(ThreadCount.PROPERTY, before);
            }
        }
    }

    /*
     * WHY: on the slide "parallel" is one bar; this shows what the extra cores buy, and where
     * reading and merging the per-thread tables stop the line from falling.
     */
    @Benchmark
    public TopWords count(StrategyState state, Workers workers) throws IOException {
        return state.counter.count(state.files, 10);
    }
}
