package wordbench.impls.rust;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Downcall handles to the Rust core's C ABI ({@code native/src/ffm.rs}), made once. */
final class RustFfm {

    /** {@code u8* wordbench_count(u8* paths, usize len, i32 n, i32 mode, i32 threads, usize* reply_len)}. */
    static final MethodHandle COUNT = downcall("wordbench_count", FunctionDescriptor.of(ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    /** {@code void wordbench_free(u8* reply, usize len)}. */
    static final MethodHandle FREE = downcall("wordbench_free",
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    /** {@code i32 wordbench_double(i32 x)}. */
    static final MethodHandle DOUBLE = downcall("wordbench_double",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private RustFfm() {
    }

    /**
     * The downcall, or, when the library is unavailable, a handle of the same type that throws
     * saying why (so the handles can stay static final and be invoked exactly).
     */
    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        if (!NativeLibrary.availability().available()) {
            MethodType type = descriptor.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), IllegalStateException.class)
                    .bindTo(new IllegalStateException("Rust library unavailable: " + NativeLibrary.availability().reason()));
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
        MemorySegment symbol = NativeLibrary.symbols().find(name)
                .orElseThrow(() -> new IllegalStateException("the Rust library has no symbol " + name));
        return Linker.nativeLinker().downcallHandle(symbol, descriptor);
    }
}
