package wordbench.impls.rust;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import wordbench.spi.Availability;

/**
 * Loads the Rust core that the build packed into this module's classes, once per JVM: the
 * library is copied from the classpath resource to a temporary file, {@link System#load}ed for
 * the JNI natives and opened with {@link SymbolLookup#libraryLookup} for the FFM downcalls.
 * Reading it as a resource works from the jar and from {@code target/classes} alike, so JMH forks
 * and the launcher need no {@code java.library.path}.
 */
final class NativeLibrary {

    static final String BUILT_WITHOUT_CARGO = "built without cargo — install Rust and rebuild";
    private static final String RESOURCE_DIR = "/wordbench/impls/rust/native/";

    private record Loaded(Availability availability, SymbolLookup symbols) {
    }

    // Class initialisation is the once-per-JVM guard.
    private static final Loaded LOADED = load();

    private NativeLibrary() {
    }

    static Availability availability() {
        return LOADED.availability();
    }

    /** The library's symbols; only call when {@link #availability()} is available. */
    static SymbolLookup symbols() {
        if (LOADED.symbols() == null) {
            throw new IllegalStateException("Rust library unavailable: " + LOADED.availability().reason());
        }
        return LOADED.symbols();
    }

    private static Loaded load() {
        String file = System.mapLibraryName("wordbench_rust");
        String platform = NativePlatform.current();
        try (InputStream in = NativeLibrary.class.getResourceAsStream(RESOURCE_DIR + platform + "/" + file)) {
            if (in == null) {
                return unavailable(builtFor().map(other -> "native library built for " + other + ", this is " + platform)
                        .orElse(BUILT_WITHOUT_CARGO));
            }
            Path copy = Files.createTempFile("wordbench-rust-", "-" + file);
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                System.load(copy.toString());
                SymbolLookup symbols = SymbolLookup.libraryLookup(copy, Arena.global());
                return new Loaded(Availability.AVAILABLE, symbols);
            } finally {
                // Loaded libraries stay mapped after their file is gone (POSIX); elsewhere, at exit.
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        } catch (IOException | UnsatisfiedLinkError | IllegalArgumentException | SecurityException e) {
            return unavailable("cannot load the Rust library: " + e.getMessage());
        }
    }

    private static java.util.Optional<String> builtFor() {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(RESOURCE_DIR + "PLATFORM")) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static Loaded unavailable(String reason) {
        return new Loaded(Availability.unavailable(reason), null);
    }
}
