package wordbench.spi;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The size check of a strategy that holds a whole file's text in memory by design (java-hashmap,
 * the Pythons, the talk's shapes): it refuses, before reading anything, a file larger than it
 * can hold, in one line that names the limit and a strategy that streams any size. Without it
 * such a strategy ends in an OutOfMemoryError, "Required array size too large" or an
 * interpreter's stack trace, after having read gigabytes.
 *
 * <p>The limit is the smaller of a fixed cap (Java arrays and Strings stop at 2^31 elements; a
 * String of UTF-16 text at half that) and a share of the memory the text is held in: the maximum
 * heap for a strategy in this JVM, the machine's memory for one in native code or another process
 * (a whole-text count holds the bytes, the decoded text, its lowered copy and the words, several
 * times the file).
 *
 * @param bytes  the largest file accepted
 * @param memory what the limit is a share of, for the message: "1,024 MiB of heap"
 */
public record WholeTextLimit(long bytes, String memory) {
    /** The most bytes of one file a whole-text strategy is asked to hold, whatever the memory. */
    public static final long MAX_BYTES = 1L << 30;
    /** The strategy named in refusals as one that streams any size. */
    public static final String STREAMING_STRATEGY = "java-fast";

    /** The limit for a strategy in this JVM whose peak heap is about {@code heapShare} times a file's size. */
    public static WholeTextLimit bytesFor(int heapShare) {
        long heap = Runtime.getRuntime().maxMemory();
        return new WholeTextLimit(Math.min(MAX_BYTES, heap / heapShare), mebibytes(heap) + " of heap");
    }

    /**
     * The limit for a strategy outside the heap (native code, a worker process) whose peak memory is
     * about {@code memoryShare} times a file's size: it may take half of this machine's memory.
     */
    public static WholeTextLimit bytesForMachine(int memoryShare) {
        long memory = physicalMemory();
        return new WholeTextLimit(Math.min(MAX_BYTES, memory / 2 / memoryShare), mebibytes(memory) + " of memory");
    }

    /**
     * Throws {@link InputTooLargeException} for the first of {@code files} larger than {@code limit}.
     * Files that report no size ({@code /proc}) are let through: they are small.
     */
    public static void require(List<Path> files, WholeTextLimit limit, String strategy) throws IOException {
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > limit.bytes()) {
                    throw new InputTooLargeException(file + ": " + mebibytes(size) + " is more than " + strategy
                            + " holds in memory (limit " + mebibytes(limit.bytes()) + " with " + limit.memory()
                            + "); " + STREAMING_STRATEGY + " streams files of any size");
                }
            }
        }
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 2 * MAX_BYTES; // a JVM that does not say: assume a small machine
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    /** A file too large for a strategy that holds whole texts; the message is the one line to show. */
    public static final class InputTooLargeException extends IOException {
        InputTooLargeException(String message) {
            super(message);
        }
    }
}
