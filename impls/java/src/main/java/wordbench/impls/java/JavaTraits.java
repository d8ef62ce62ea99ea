package wordbench.impls.java;

import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/** What this module's strategies have in common for the harness: JVM bytecode that C2 must compile first. */
final class JavaTraits {

    private JavaTraits() {
    }

    /** Single-threaded JVM code, placed {@code countOrder} in count's default order. */
    static StrategyTraits jvm(int countOrder) {
        return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "JVM bytecode: C2 compiles the loop within seconds", countOrder);
    }
}
