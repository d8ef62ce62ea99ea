package wordbench.impls.rust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The efficient Rust core on several threads (std::thread only), through JNI: the files are cut
 * into chunks at ASCII non-word bytes, threads take chunks in turn and count into their own
 * tables, which are merged at the end.
 *
 * <p>Threads: the system property {@value #THREADS_PROPERTY}, read at every count (so thread
 * scaling can be measured in one JVM), else the number of available processors.
 */
@MetaInfServices(WordCounter.class)
public final class RustParallelCounter extends RustCounter {

    public static final String THREADS_PROPERTY = "wordbench.threads";
    private static final int MAX_THREADS = 1024;

    public RustParallelCounter() {
        super("rust-parallel", "Rust via JNI on std::thread workers (-D" + THREADS_PROPERTY
                + ", default: all cores), tables merged");
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        return RustJni.top(paths, files, n, RustJni.MODE_PARALLEL, threads(), name());
    }

    static int threads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1 && threads <= MAX_THREADS) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(THREADS_PROPERTY + " must be a whole number from 1 to " + MAX_THREADS
                + ", not '" + value + "'");
    }
}
