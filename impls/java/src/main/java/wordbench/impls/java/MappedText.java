package wordbench.impls.java;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import wordbench.spi.PythonWordRule;
import wordbench.spi.Utf8;

/**
 * One open input file, read two ways. {@link #read} fills a scanner's window sequentially
 * (cheaper than copying out of a mapping, which pays a page fault per 4 KB page on every call).
 * The file is also memory-mapped for the random access the word rule needs beyond a window, which
 * only the rare non-ASCII code points trigger: decoding a code point anywhere (a sequence may
 * straddle a window or a worker's range) and the final-sigma context, which skips case-ignorable
 * characters in both directions for as far as it takes (across non-word characters, windows and
 * worker ranges, but never past either end of the file). Mapping keeps a 1 GB input out of the heap.
 *
 * <p>One instance per thread: it owns a scratch buffer; {@link #view()} gives another thread its own.
 * Closing the instance {@link #open} returned closes the file.
 */
final class MappedText implements AutoCloseable {
    /** {@link #decodeAt} result for an ill-formed sequence. */
    static final long INVALID = -1;
    private static final MemorySegment EMPTY = MemorySegment.ofArray(new byte[0]);

    private final Path file;
    private final FileChannel channel;
    private final MemorySegment bytes;
    private final long size;
    private final byte[] scratch = new byte[4];

    private MappedText(Path file, FileChannel channel, MemorySegment bytes) {
        this.file = file;
        this.channel = channel;
        this.bytes = bytes;
        this.size = bytes.byteSize();
    }

    /** Opens {@code file} and maps it read-only for the lifetime of {@code arena}. */
    static MappedText open(Path file, Arena arena) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            MemorySegment bytes = size == 0 ? EMPTY : channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            return new MappedText(file, channel, bytes);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The same open file for another thread. */
    MappedText view() {
        return new MappedText(file, channel, bytes);
    }

    /** Fills {@code into} (up to its limit) with the file's bytes from {@code position}. */
    void read(long position, ByteBuffer into) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw new IOException(file + ": the file got shorter while it was being read");
            }
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    byte byteAt(long offset) {
        return bytes.get(ValueLayout.JAVA_BYTE, offset);
    }

    /**
     * The code point starting at {@code offset}, packed as {@code length << 32 | codePoint}, or
     * {@link #INVALID} when the bytes there are not a well-formed UTF-8 sequence (a sequence cut
     * by the end of the file included). Validation is {@link Utf8}'s, so offsets agree with CPython.
     */
    long decodeAt(long offset) {
        int b0 = byteAt(offset);
        if (b0 >= 0) {
            return 1L << 32 | b0;
        }
        int available = (int) Math.min(4, size - offset);
        MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, offset, scratch, 0, available);
        int length = Utf8.sequenceLength(scratch, 0, available);
        if (length < 0) {
            return INVALID;
        }
        int cp = b0 & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            cp = cp << 6 | scratch[k] & 0x3F;
        }
        return (long) length << 32 | cp;
    }

    /** Like {@link #decodeAt} for the code point that ends just before {@code offset}. */
    long decodeBefore(long offset) {
        long start = offset - 1;
        // A code point is at most 4 bytes: step back over up to 3 continuation bytes.
        while (start > 0 && offset - start < 4 && (byteAt(start) & 0xC0) == 0x80) {
            start--;
        }
        long decoded = decodeAt(start);
        return decoded != INVALID && start + length(decoded) == offset ? decoded : INVALID;
    }

    static int length(long decoded) {
        return (int) (decoded >>> 32);
    }

    static int codePoint(long decoded) {
        return (int) decoded;
    }

    /**
     * Whether the capital sigma whose encoding starts at {@code offset} lowers to final sigma: as
     * {@link PythonWordRule#isFinalSigma}, over the original bytes of the whole file. Ill-formed
     * bytes end the search; whoever scans them reports them, so the answer then does not matter.
     */
    boolean isFinalSigma(long offset) {
        long j = offset;
        int before = -1;
        while (j > 0) {
            long decoded = decodeBefore(j);
            if (decoded == INVALID) {
                return false;
            }
            j -= length(decoded);
            if (!PythonWordRule.isCaseIgnorable(codePoint(decoded))) {
                before = codePoint(decoded);
                break;
            }
        }
        if (before < 0 || !PythonWordRule.isCased(before)) {
            return false;
        }
        j = offset + 2;
        while (j < size) {
            long decoded = decodeAt(j);
            if (decoded == INVALID) {
                return false;
            }
            j += length(decoded);
            if (!PythonWordRule.isCaseIgnorable(codePoint(decoded))) {
                return !PythonWordRule.isCased(codePoint(decoded));
            }
        }
        return true;
    }
}
