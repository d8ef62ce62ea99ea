package wordbench.harness.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import wordbench.harness.core.Strategies;
import wordbench.spi.Availability;
import wordbench.spi.WordCounter;

/**
 * The strategies a conformance test class runs, made once for the whole class (Jython needs seconds
 * to start, so never one instance per fixture) and closed by the class's {@code @AfterAll}.
 */
final class SharedStrategies implements AutoCloseable {

    private Strategies strategies;

    synchronized Strategies get() {
        if (strategies == null) {
            strategies = Strategies.load();
        }
        return strategies;
    }

    /**
     * Every discovered strategy's name, available or not (the unavailable ones are reported as skipped,
     * with their reason). Finding none fails: a gate over nothing is no gate.
     */
    List<String> names() {
        List<String> names = get().names();
        if (names.isEmpty()) {
            fail("ServiceLoader found no wordbench.spi.WordCounter on the test classpath: nothing to check");
        }
        return names;
    }

    /** The named strategy, or the test is aborted (reported as skipped) with the strategy's own reason. */
    WordCounter require(String name) {
        WordCounter counter = get().byName(name).orElseThrow(() -> new AssertionError("no strategy " + name));
        Availability availability = Strategies.availability(counter);
        Assumptions.assumeTrue(availability.available(),
                () -> name + " is unavailable here: " + availability.reason());
        return counter;
    }

    @Override
    public synchronized void close() {
        if (strategies != null) {
            strategies.close();
            strategies = null;
        }
    }
}
