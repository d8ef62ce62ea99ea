package wordbench.impls.rust;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import wordbench.spi.TopWords;

/** The JNI entry point of the Rust core ({@code native/src/jni.rs}). */
final class RustJni {

    static final int MODE_TALK = 0;
    static final int MODE_FAST = 1;
    static final int MODE_PARALLEL = 2;

    private RustJni() {
    }

    /**
     * Counts the NUL-terminated UTF-8 paths in {@code paths} together; returns the reply that
     * {@link NativeReply} decodes.
     */
    static native byte[] count(byte[] paths, int n, int mode, int threads);

    /**
     * Frees the word tables, windows and file buffers the counts keep between calls (at most 64 MB
     * over all threads), whichever thread kept them; returns the bytes freed. The next count
     * allocates afresh.
     */
    static native long release();

    /** Bytes the counts keep between calls now, over all threads. */
    static native long keptBytes();

    /** {@link #count} decoded: the answer, or the exception a Java strategy would throw. */
    static TopWords top(byte[] paths, List<Path> files, int n, int mode, int threads, String strategy) throws IOException {
        return NativeReply.decode(ByteBuffer.wrap(count(paths, n, mode, threads)), files, strategy);
    }
}
