package wordbench.harness.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import wordbench.impls.rust.DoubleCall;
import wordbench.spi.Availability;

/**
 * What one call costs, the talk's {@code double(int)}: plain Java, through JNI, through FFM
 * ({@link DoubleCall}). Without the Rust library only {@code plain} runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DoubleCallBenchmark {

    /** The benchmark methods that cross into native code. */
    static final List<String> NATIVE_VARIANTS = List.of("jni", "ffm");

    /*
     * WHY a field: with a constant argument the JIT would fold double(21) into 42 and time nothing.
     * A non-final field is read on every call; the returned int goes to JMH's Blackhole.
     */
    public int argument = 21;

    @Setup(Level.Trial)
    public void pin() {
        CpuPinning.pinMeasuredThread();
    }

    /* WHY: the baseline; after inlining this is one shift, so it shows JMH's own floor. */
    @Benchmark
    public int plain() {
        return DoubleCall.plain(argument);
    }

    /* WHY: a JNI call's fixed cost (thread-state transitions, no inlining), the talk's cffi role. */
    @Benchmark
    public int jni() {
        return DoubleCall.jni(argument);
    }

    /* WHY: the same call through an FFM downcall handle, JNI's replacement since JDK 22. */
    @Benchmark
    public int ffm() {
        return DoubleCall.ffm(argument);
    }

    /** Why the native variants cannot run here, or empty when they can. */
    static Optional<String> nativeUnavailableReason() {
        try {
            Availability availability = DoubleCall.availability();
            return availability.available() ? Optional.empty() : Optional.of(availability.reason());
        } catch (LinkageError | RuntimeException e) {
            return Optional.of("loading the Rust library failed: " + e);
        }
    }
}
