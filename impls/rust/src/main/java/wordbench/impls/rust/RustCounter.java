package wordbench.impls.rust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import wordbench.spi.Availability;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCounter;

/**
 * What every Rust strategy does on the Java side: check the request, hand all paths to one
 * native call (so counts are over all files together), decode the reply. Subclasses pick the
 * binding (JNI or FFM) and the algorithm.
 */
abstract class RustCounter implements WordCounter {

    private final String name;
    private final String description;
    private final StrategyTraits traits;

    RustCounter(String name, String description, StrategyTraits traits) {
        this.name = name;
        this.description = description;
        this.traits = traits;
    }

    /** Single-threaded native code through {@code binding}, placed {@code countOrder} in count's default order. */
    static StrategyTraits nativeTraits(RuntimeKind binding, int countOrder) {
        return StrategyTraits.of(binding, WarmUp.QUICK, "compiled ahead of time: a few calls fill the caches", countOrder);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final StrategyTraits traits() {
        return traits;
    }

    @Override
    public Availability availability() {
        return NativeLibrary.availability();
    }

    @Override
    public final TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        Availability availability = availability();
        if (!availability.available()) {
            throw new IllegalStateException(name() + " is unavailable: " + availability.reason());
        }
        return countNatively(NativeReply.encodePaths(files), files, n);
    }

    /**
     * Releases the memory the Rust core keeps between counts. It is shared by every Rust strategy
     * in the process: one still open just allocates again on its next count.
     */
    @Override
    public void close() {
        if (availability().available()) {
            RustJni.release();
        }
    }

    /** Counts {@code files}, whose NUL-terminated UTF-8 paths are {@code paths}. */
    abstract TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException;
}
