package wordbench.impls.rust;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.RuntimeKind;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The same efficient Rust core as {@link RustJniCounter}, called through java.lang.foreign
 * downcall handles instead of JNI: no glue code on the Rust side beyond a C ABI.
 *
 * <p>The files are opened and read in Rust, not on the Java side. Why: the count must
 * be over all files together, and one call that takes every path keeps the core's file handling,
 * its error reports (missing file, OS message, first invalid UTF-8 byte) and its lifetime rules
 * identical for JNI and FFM — only these thin bindings differ. Reading in Java would save
 * nothing (Rust reads into a buffer it keeps between calls too) and would need a native table
 * handle kept across one call per file. The reply is Rust memory; it is decoded and then freed with
 * {@code wordbench_free} in a finally block.
 */
@MetaInfServices(WordCounter.class)
public final class RustFfmCounter extends RustCounter {

    public RustFfmCounter() {
        super("rust-ffm", "Rust via java.lang.foreign downcalls: the rust-jni core, file read in Rust, reply freed in finally",
                nativeTraits(RuntimeKind.NATIVE_FFM, 20).streamingInput().countingInKeyedTable());
    }

    @Override
    TopWords countNatively(byte[] paths, List<Path> files, int n) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment request = arena.allocateFrom(ValueLayout.JAVA_BYTE, paths);
            MemorySegment replyLength = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment reply = (MemorySegment) RustFfm.COUNT.invokeExact(
                    request, (long) paths.length, n, RustJni.MODE_FAST, 1, replyLength);
            if (reply.address() == 0) {
                throw new IllegalStateException(name() + ": the Rust core returned no reply");
            }
            long length = replyLength.get(ValueLayout.JAVA_LONG, 0);
            try {
                return NativeReply.decode(reply.reinterpret(length).asByteBuffer(), files, name());
            } finally {
                RustFfm.FREE.invokeExact(reply, length);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(name() + ": downcall failed", t);
        }
    }
}
