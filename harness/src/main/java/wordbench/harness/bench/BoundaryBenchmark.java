package wordbench.harness.bench;

import java.io.IOException;
import java.util.List;
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
import wordbench.harness.core.Strategies;
import wordbench.spi.BoundaryProbe;
import wordbench.spi.WordCounter;

/**
 * The boundary some strategies cross, timed without counting: an empty request to a worker process
 * and back, what the pipe adds to every count. The strategies are the ones implementing
 * {@link BoundaryProbe}, found by that, not by name. (The talk's {@code double(int)} called from
 * Python is timed by Python's timeit, not here: see {@link SelfTimedCalls}.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BoundaryBenchmark {

    @State(Scope.Benchmark)
    public static class Probe {
        /** Filled at run time with the strategies implementing BoundaryProbe (OptionsBuilder.param). */
        @Param({"cpython"})
        public String strategy;

        private Strategies strategies;
        BoundaryProbe probe;

        @Setup(Level.Trial)
        public void load() {
            CpuPinning.pinMeasuredThread(); // before the worker starts: it inherits the pinning
            strategies = Strategies.load();
            WordCounter counter = StrategyState.named(strategies, strategy);
            StrategyState.requireAvailable(counter);
            if (!(counter instanceof BoundaryProbe boundary)) {
                throw new IllegalStateException(strategy + " has no boundary probe");
            }
            probe = boundary;
        }

        @TearDown(Level.Trial)
        public void close() {
            strategies.close();
        }
    }

    /* WHY: the fixed cost of one count through a pipe (request out, worker loop, answer back), to
       set against the milliseconds of counting; a JNI or FFM call costs nanoseconds. */
    @Benchmark
    public void emptyRequest(Probe state) throws IOException {
        state.probe.emptyRequest();
    }

    /** Of the {@code admitted} strategies, the available ones implementing {@link BoundaryProbe}. */
    static List<String> probed(List<String> admitted) {
        try (Strategies strategies = Strategies.load()) {
            return strategies.all().stream()
                    .filter(c -> admitted.contains(c.name()) && c instanceof BoundaryProbe)
                    .filter(c -> Strategies.availability(c).available())
                    .map(WordCounter::name).toList();
        }
    }
}
