package wordbench.impls.rust;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import wordbench.spi.Availability;

/**
 * Loads the Rust core that the build packed into this module's classes ({@link PackedLibrary}),
 * once per JVM: a temporary copy is {@link System#load}ed for the JNI natives and opened with
 * {@link SymbolLookup#libraryLookup} for the FFM downcalls, so JMH forks and the launcher need no
 * {@code java.library.path}.
 */
final class NativeLibrary {

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
        Availability packed = PackedLibrary.availability();
        if (!packed.available()) {
            return new Loaded(packed, null);
        }
        try {
            Path copy = PackedLibrary.copyToTempFile();
            try {
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

    private static Loaded unavailable(String reason) {
        return new Loaded(Availability.unavailable(reason), null);
    }
}
