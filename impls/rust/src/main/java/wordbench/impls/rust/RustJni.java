package wordbench.impls.rust;

/** The JNI entry point of the Rust core ({@code src/jni.rs}). */
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
}
