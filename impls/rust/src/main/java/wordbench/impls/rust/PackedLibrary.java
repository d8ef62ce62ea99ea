package wordbench.impls.rust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import wordbench.spi.Availability;

/**
 * The Rust core's shared library as the build packed it into this module's classes, for every
 * loader of the one library: this JVM ({@link NativeLibrary}, for JNI and FFM) and other processes
 * (the CPython worker, through ctypes). Reading it as a resource works from the jar and from
 * {@code target/classes} alike.
 */
public final class PackedLibrary {

    static final String BUILT_WITHOUT_CARGO = "built without cargo — install Rust and rebuild";
    private static final String RESOURCE_DIR = "/wordbench/impls/rust/native/";

    private PackedLibrary() {
    }

    /** Whether a library for this platform was packed, and if not, why. */
    public static Availability availability() {
        try (InputStream in = open()) {
            return in != null ? Availability.AVAILABLE : Availability.unavailable(whyMissing());
        } catch (IOException e) {
            return Availability.unavailable("cannot read the packed Rust library: " + e.getMessage());
        }
    }

    /**
     * A fresh temporary copy of the library, for a loader that needs a file. The caller deletes it
     * once the library is loaded (a loaded library stays mapped after its file is gone, on POSIX).
     *
     * @throws IOException when no library was packed for this platform (the message says why) or the copy fails
     */
    public static Path copyToTempFile() throws IOException {
        String file = System.mapLibraryName("wordbench_rust");
        try (InputStream in = open()) {
            if (in == null) {
                throw new IOException(whyMissing());
            }
            Path copy = Files.createTempFile("wordbench-rust-", "-" + file);
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return copy;
        }
    }

    private static InputStream open() {
        return PackedLibrary.class.getResourceAsStream(RESOURCE_DIR + NativePlatform.current() + "/"
                + System.mapLibraryName("wordbench_rust"));
    }

    private static String whyMissing() {
        return builtFor().map(other -> "native library built for " + other + ", this is " + NativePlatform.current())
                .orElse(BUILT_WITHOUT_CARGO);
    }

    private static Optional<String> builtFor() {
        try (InputStream in = PackedLibrary.class.getResourceAsStream(RESOURCE_DIR + "PLATFORM")) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
