package wordbench.impls.java;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The argument checks every strategy of this module makes before touching a file. */
final class CountRequest {
    private CountRequest() {
    }

    /** Throws the {@link wordbench.spi.WordCounter#count} contract's IllegalArgumentException for bad arguments. */
    static void check(List<Path> files, int n) {
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files given");
        }
        if (n < 1) {
            throw new IllegalArgumentException("N must be a positive integer, not " + n);
        }
    }
}
