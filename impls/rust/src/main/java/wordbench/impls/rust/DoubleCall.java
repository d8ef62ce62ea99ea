package wordbench.impls.rust;

import wordbench.spi.Availability;

/**
 * The talk's hello world, {@code double(x)}, three ways, to measure what one call across each
 * boundary costs: a plain Java method, a JNI native and an FFM downcall into the same Rust
 * library. All three return {@code x * 2} with Java's int overflow.
 */
public final class DoubleCall {

    static {
        // Loads the library (if packed) before the first jni() call links its native.
        NativeLibrary.availability();
    }

    private DoubleCall() {
    }

    /** Whether {@link #jni} and {@link #ffm} can be called here. */
    public static Availability availability() {
        return NativeLibrary.availability();
    }

    public static int plain(int x) {
        return x * 2;
    }

    /** Rust's {@code Java_wordbench_impls_rust_DoubleCall_jni}. */
    public static native int jni(int x);

    /** Rust's {@code wordbench_double} through a static final downcall handle. */
    public static int ffm(int x) {
        try {
            return (int) RustFfm.DOUBLE.invokeExact(x);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("wordbench_double failed", t);
        }
    }
}
