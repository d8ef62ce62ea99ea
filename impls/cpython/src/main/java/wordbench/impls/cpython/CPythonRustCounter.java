package wordbench.impls.cpython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.kohsuke.MetaInfServices;
import wordbench.impls.rust.PackedLibrary;
import wordbench.spi.Availability;
import wordbench.spi.RuntimeKind;
import wordbench.spi.SelfTimedCall;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCounter;

/**
 * The talk's method: CPython calling the Rust core, {@code most_common(paths, n)} through
 * {@code ctypes} (the talk used cffi, whose ABI mode does the same), returning the whole top N as
 * Python objects. The library is the very one the JNI and FFM strategies load, handed to the
 * worker as a temporary copy that is deleted once loaded.
 */
@MetaInfServices(WordCounter.class)
public final class CPythonRustCounter extends WorkerCounter implements SelfTimedCall {

    /** Calls per timeit repeat of {@link #nanosPerCall}: about 0.2 s at CPython's ~200 ns per ctypes call. */
    static final int DOUBLE_CALLS = 1_000_000;
    /** A repeat taking longer than this means a hung worker (a repeat takes well under a second). */
    private static final Duration DOUBLE_TIMEOUT = Duration.ofSeconds(30);

    public CPythonRustCounter() {
        super('r', CPythonRustCounter::loadRust);
    }

    /** For tests: another interpreter, or a shorter time before the worker counts as hung. */
    CPythonRustCounter(String python, Duration baseTimeout) {
        super('r', CPythonRustCounter::loadRust, python, baseTimeout);
    }

    private static void loadRust(CPythonWorker worker) throws IOException {
        Path copy = PackedLibrary.copyToTempFile();
        try {
            byte[] reply = worker.call(new CPythonWorker.Request('l').bytes(copy.toString().getBytes(StandardCharsets.UTF_8))
                    .toByteArray(), CPythonWorker.START_TIMEOUT);
            if (reply.length == 0 || reply[0] != 'K') {
                throw new IOException("ctypes could not load the Rust library: "
                        + new String(reply, 1, Math.max(0, reply.length - 1), StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Override
    public String name() {
        return "cpython-rust";
    }

    @Override
    public String description() {
        return "the talk's method: CPython 3.11 calls the Rust core's most_common(paths, n) through ctypes, in a worker process";
    }

    @Override
    public StrategyTraits traits() {
        return StrategyTraits.of(RuntimeKind.EXTERNAL_PROCESS, WarmUp.QUICK,
                "compiled Rust called from CPython: a few calls fill the caches", 55).streamingInput().countingInKeyedTable();
    }

    @Override
    public Availability availability() {
        Availability packed = PackedLibrary.availability();
        return packed.available() ? super.availability() : packed;
    }

    @Override
    public String timedCall() {
        return "double(int) through ctypes";
    }

    @Override
    public String timer() {
        return "timeit";
    }

    /**
     * The talk's {@code double(int)} called from CPython through ctypes, as a Python user would time
     * it: {@code timeit.Timer('double(21)').repeat(repeats, }{@value #DOUBLE_CALLS}{@code )} in the
     * worker, each repeat's time over its calls. The pipe is outside every repeat.
     */
    @Override
    public double[] nanosPerCall(int repeats) throws IOException {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
        }
        requireAvailable();
        byte[] reply = worker.call(new CPythonWorker.Request('d').u32(DOUBLE_CALLS).u32(repeats).toByteArray(),
                DOUBLE_TIMEOUT.multipliedBy(repeats));
        if (reply.length == 0 || reply[0] != 'K') {
            throw failure(reply);
        }
        String[] samples = new String(reply, 1, reply.length - 1, StandardCharsets.US_ASCII).split(" ");
        double[] nanos = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            nanos[i] = Double.parseDouble(samples[i]);
        }
        return nanos;
    }
}
