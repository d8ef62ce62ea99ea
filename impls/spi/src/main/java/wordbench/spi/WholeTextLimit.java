package wordbench.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The size check of a strategy that holds a whole file's text in memory by design (java-hashmap,
 * the Pythons, the talk's shapes): it refuses, before reading anything, a file larger than it
 * can hold, in one line that names the limit and a strategy that streams any size. Without it
 * such a strategy ends in an OutOfMemoryError, "Required array size too large" or an
 * interpreter's stack trace, after having read gigabytes.
 *
 * <p>The limit is the smaller of a fixed cap (Java arrays and Strings stop at 2^31 elements; a
 * String of UTF-16 text at half that) and a share of the maximum heap (a whole-text count holds
 * the bytes, the decoded text, its lowered copy and the words, several times the file).
 */
public final class WholeTextLimit {
    /** The most bytes of one file a whole-text strategy is asked to hold, whatever the heap. */
    public static final long MAX_BYTES = 1L << 30;
    /** The strategy named in refusals as one that streams any size. */
    public static final String STREAMING_STRATEGY = "java-fast";

    private WholeTextLimit() {
    }

    /** The limit for a strategy whose peak memory is about {@code heapShare} times a file's size. */
    public static long bytesFor(int heapShare) {
        return Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / heapShare);
    }

    /**
     * Throws {@link InputTooLargeException} for the first of {@code files} larger than {@code limit}
     * bytes. Files that report no size ({@code /proc}) are let through: they are small.
     */
    public static void require(List<Path> files, long limit, String strategy) throws IOException {
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > limit) {
                    throw new InputTooLargeException(file + ": " + mebibytes(size) + " is more than " + strategy
                            + " holds in memory (limit " + mebibytes(limit) + " with "
                            + mebibytes(Runtime.getRuntime().maxMemory()) + " of heap); " + STREAMING_STRATEGY
                            + " streams files of any size");
                }
            }
        }
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    /** A file too large for a strategy that holds whole texts; the message is the one line to show. */
    public static final class InputTooLargeException extends IOException {
        InputTooLargeException(String message) {
            super(message);
        }
    }
}
