package wordbench.impls.rust;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The talk's algorithm in Rust, through JNI: read each file into a String, lowercase it, count
 * into a {@code HashMap<String, usize>}, sort everything, truncate — with CPython's word rule.
 */
@MetaInfServices(WordCounter.class)
public final class RustJniTalkCounter extends RustCounter {

    @Override
    public String name() {
        return "rust-jni-talk";
    }

    @Override
    public String description() {
        return "Rust via hand-written JNI, the talk's shape: String, HashMap<String, usize>, sort, truncate";
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        return NativeReply.decode(ByteBuffer.wrap(RustJni.count(paths, n, RustJni.MODE_TALK, 1)), files, name());
    }
}
