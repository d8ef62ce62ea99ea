package wordbench.harness.bench;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import wordbench.harness.core.Strategies;
import wordbench.spi.Availability;
import wordbench.spi.WordCounter;

/**
 * One strategy, loaded by name, and the file it counts. Loading (an interpreter start, a native
 * library load) happens here, once per trial, outside the measured time.
 */
@State(Scope.Benchmark)
public class StrategyState {

    /** The pipeline passes each strategy that passed the agreement check; by hand, {@code -p strategy=NAME}. */
    @Param({"java-hashmap"})
    public String strategy;

    /** Copies of the input in one file (the pipeline passes the profile's list; by hand, 1). */
    @Param({"1"})
    public int copies;

    /** Which text: big.txt (the pipeline may add other inputs beside it). */
    @Param({BenchInput.BIG})
    public String input;

    private Strategies strategies;
    WordCounter counter;
    List<Path> files;

    @Setup(Level.Trial)
    public void load() {
        strategies = Strategies.load();
        counter = named(strategies, strategy);
        if (!counter.traits().parallel()) {
            CpuPinning.pinMeasuredThread();
        }
        requireAvailable(counter);
        files = List.of(BenchInput.file(input, copies));
    }

    /** The strategy named {@code name}; a one-line IllegalStateException naming the known ones when none is. */
    static WordCounter named(Strategies strategies, String name) {
        return strategies.byName(name).orElseThrow(() -> new IllegalStateException(
                "no strategy named '" + name + "'; known: " + strategies.nameList()));
    }

    /** A one-line IllegalStateException saying why, when {@code counter} cannot run here. */
    static void requireAvailable(WordCounter counter) {
        Availability availability = Strategies.availability(counter);
        if (!availability.available()) {
            throw new IllegalStateException(counter.name() + " is unavailable: " + availability.reason());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        strategies.close();
    }
}
