package wordbench.spi;

/**
 * Where a strategy's counting code runs, which decides what the harness can observe of it.
 */
public enum RuntimeKind {
    /** Java bytecode in the measuring JVM, compiled by its JIT. */
    JVM("Java", true),
    /** Native code called through JNI: its memory is outside the Java heap. */
    NATIVE_JNI("native via JNI", false),
    /** Native code called through {@code java.lang.foreign} downcalls: memory outside the Java heap. */
    NATIVE_FFM("native via FFM", false),
    /** A language interpreter running inside the measuring JVM (Jython, GraalPy): its objects are on the Java heap. */
    JVM_INTERPRETER("interpreter in the JVM", true),
    /** Another process (a CPython worker): neither its time split nor its memory is visible to the JVM. */
    EXTERNAL_PROCESS("external process", false);

    private final String label;
    private final boolean heapAllocationVisible;

    RuntimeKind(String label, boolean heapAllocationVisible) {
        this.label = label;
        this.heapAllocationVisible = heapAllocationVisible;
    }

    /** A few words for people, e.g. "native via JNI". */
    public String label() {
        return label;
    }

    /**
     * Whether the work allocates on this JVM's heap, so that JMH's GC profiler
     * ({@code gc.alloc.rate.norm}) says something true about it.
     */
    public boolean heapAllocationVisible() {
        return heapAllocationVisible;
    }
}
