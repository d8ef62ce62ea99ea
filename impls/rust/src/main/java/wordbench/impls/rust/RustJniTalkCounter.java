package wordbench.impls.rust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.RuntimeKind;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;

/**
 * The talk's algorithm in Rust, through JNI: read each file into a String, lowercase it, count
 * into a {@code HashMap<String, usize>}, sort everything, truncate — with CPython's word rule.
 */
@MetaInfServices(WordCounter.class)
public final class RustJniTalkCounter extends RustCounter {

    public RustJniTalkCounter() {
        super("rust-jni-talk", "Rust via hand-written JNI, the talk's shape: String, HashMap<String, usize>, sort, truncate",
                nativeTraits(RuntimeKind.NATIVE_JNI, 60).leavingGarbagePerWord()); // a String allocated per word (entry(word.to_string())), freed unless new
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        // The whole file as a String, its lowercase copy and the map's words: about 4 times the
        // file in native memory. Refused before Rust reads anything, not as an abort when it runs out.
        WholeTextLimit.require(files, WholeTextLimit.bytesForMachine(4), name());
        return RustJni.top(paths, files, n, RustJni.MODE_TALK, 1, name());
    }
}
