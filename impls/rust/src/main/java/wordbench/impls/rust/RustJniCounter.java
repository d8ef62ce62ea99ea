package wordbench.impls.rust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.RuntimeKind;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The efficient Rust core on one thread, through hand-written JNI: a byte-level scan of the
 * file (read into a buffer the calling thread keeps between calls) with an ASCII fast path,
 * words hashed straight from the input into an open-addressing table, no String per token.
 */
@MetaInfServices(WordCounter.class)
public final class RustJniCounter extends RustCounter {

    public RustJniCounter() {
        super("rust-jni", "Rust via hand-written JNI: byte-level scan, ASCII fast path, open-addressing table",
                nativeTraits(RuntimeKind.NATIVE_JNI, 30).streamingInput().countingInKeyedTable());
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        return RustJni.top(paths, files, n, RustJni.MODE_FAST, 1, name());
    }
}
