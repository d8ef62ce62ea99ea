package wordbench.impls.rust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.RuntimeKind;
import wordbench.spi.ThreadCount;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The efficient Rust core on several threads (std::thread only), through JNI: the files are cut
 * into chunks at ASCII non-word bytes, threads take chunks in turn and count into their own
 * tables, which are merged at the end.
 *
 * <p>Threads: the system property {@value ThreadCount#PROPERTY}, read at every count (so thread
 * scaling can be measured in one JVM), else the number of available processors.
 */
@MetaInfServices(WordCounter.class)
public final class RustParallelCounter extends RustCounter {

    public RustParallelCounter() {
        super("rust-parallel", "Rust via JNI on std::thread workers (-D" + ThreadCount.PROPERTY
                + ", default: all cores), tables merged", nativeTraits(RuntimeKind.NATIVE_JNI, 10).inParallel().streamingInput().countingInKeyedTable());
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        return RustJni.top(paths, files, n, RustJni.MODE_PARALLEL, ThreadCount.configured(), name());
    }
}
