package wordbench.spi;

import java.io.IOException;

/**
 * Optional for a {@link WordCounter} whose calls cross a boundary worth timing on its own (a pipe
 * to a worker process, a foreign-function call from another language). The benchmarks find the
 * strategies implementing it and time these probes beside their counts.
 */
public interface BoundaryProbe {

    /** One empty request across the boundary and back, nothing counted: the fixed cost every count pays. */
    void emptyRequest() throws IOException;

    /**
     * Whether {@link #callDouble} works here: the strategy's own language calls the talk's
     * {@code double(int)} in native code (e.g. CPython through ctypes).
     */
    default boolean callsDouble() {
        return false;
    }

    /**
     * Calls the talk's {@code double(int)} {@code calls} times in a loop of the strategy's own
     * language (for CPython: {@code timeit}'s loop over the ctypes call), for a benchmark that
     * divides its time by {@code calls}.
     *
     * @throws UnsupportedOperationException when {@link #callsDouble()} is false
     */
    default void callDouble(int calls) throws IOException {
        throw new UnsupportedOperationException("no foreign double(int) here");
    }
}
