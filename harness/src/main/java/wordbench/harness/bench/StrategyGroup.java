package wordbench.harness.bench;

/**
 * Strategies that need the same warm-up: the JIT warms Java in seconds, native code needs little,
 * and Jython (Python compiled to bytecode, then JIT-compiled) needs many slow calls.
 */
public enum StrategyGroup {
    JAVA, NATIVE, INTERPRETED, OTHER;

    static StrategyGroup of(String strategy) {
        if (strategy.startsWith("java-")) {
            return JAVA;
        }
        if (strategy.startsWith("rust-")) {
            return NATIVE;
        }
        if (strategy.startsWith("jython") || strategy.startsWith("python")) {
            return INTERPRETED;
        }
        return OTHER;
    }

    /**
     * Whether JMH's GC profiler says something true about this group: native code allocates
     * outside the Java heap, where {@code gc.alloc.rate.norm} cannot see it.
     */
    boolean heapAllocationVisible() {
        return this != NATIVE;
    }

    static boolean isParallel(String strategy) {
        return strategy.contains("parallel");
    }
}
