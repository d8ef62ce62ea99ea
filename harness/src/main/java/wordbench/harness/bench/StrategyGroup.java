package wordbench.harness.bench;

import java.util.List;
import wordbench.harness.core.Strategies;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/**
 * Strategies that are warmed up and timed alike, by the {@link WarmUp} class their traits declare:
 * native code needs little, the JIT warms Java in seconds, an interpreter on the JIT (Jython,
 * GraalPy) needs many slow calls. The harness never guesses a group from a strategy's name.
 */
public enum StrategyGroup {
    /** {@link WarmUp#STANDARD}: JVM bytecode. */
    JAVA,
    /** {@link WarmUp#QUICK}: machine code from the start (Rust, CPython's own interpreter). */
    NATIVE,
    /** {@link WarmUp#LONG} and {@link WarmUp#EXTENDED}: an interpreter inside the JVM, seconds per call. */
    INTERPRETED,
    /** A name no registered strategy has (a results file from elsewhere): timed like JVM bytecode. */
    OTHER;

    static StrategyGroup of(String strategy) {
        StrategyTraits traits = Strategies.registeredTraits().get(strategy);
        if (traits == null) {
            return OTHER;
        }
        return switch (traits.warmUp()) {
            case QUICK -> NATIVE;
            case STANDARD -> JAVA;
            case LONG, EXTENDED -> INTERPRETED;
        };
    }

    /**
     * Whether JMH's GC profiler says something true about this strategy: code outside the JVM
     * (native, another process) allocates where {@code gc.alloc.rate.norm} cannot see it.
     */
    static boolean heapAllocationVisible(String strategy) {
        StrategyTraits traits = Strategies.registeredTraits().get(strategy);
        return traits != null && traits.runtime().heapAllocationVisible();
    }

    /** Whether the strategy counts on several threads and honours the shared thread-count setting. */
    static boolean isParallel(String strategy) {
        StrategyTraits traits = Strategies.registeredTraits().get(strategy);
        return traits != null && traits.parallel();
    }

    /** JVM options a fork timing the strategy needs beyond every fork's (e.g. to switch a JIT on). */
    static List<String> forkJvmOptions(String strategy) {
        StrategyTraits traits = Strategies.registeredTraits().get(strategy);
        return traits == null ? List.of() : traits.forkJvmOptions();
    }
}
