package wordbench.spi;

/**
 * How long a strategy must run before its time is its steady-state time. The benchmark profile
 * turns each class into warm-up iterations; the strategy says which class it is in and why.
 */
public enum WarmUp {
    /** Machine code from the start (native code, CPython's own interpreter): a few calls fill the caches. */
    QUICK,
    /** JVM bytecode: the JIT (C1, then C2) has compiled the hot loop after a few seconds of calls. */
    STANDARD,
    /**
     * An interpreter whose output is JIT-compiled in turn (Jython: Python to bytecode to C2): one call
     * takes seconds and the first several run slow, so it is timed on fewer copies.
     */
    LONG,
    /**
     * A partial-evaluating interpreter (GraalPy on the Graal JIT): about a hundred seconds of calls
     * before the Python loop runs compiled; timed on fewer copies, like {@link #LONG}.
     */
    EXTENDED;

    /** Whether one call is slow enough that the large inputs are left out of its warm timing. */
    public boolean slowCalls() {
        return this == LONG || this == EXTENDED;
    }
}
