package wordbench.impls.java;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import wordbench.spi.PythonWordRule;
import wordbench.spi.Utf8;

/**
 * One open input file, read two ways. {@link #read} fills a scanner's window sequentially
 * (cheaper than copying out of a mapping, which pays a page fault per 4 KB page on every call).
 * The file is also memory-mapped for the random access the word rule needs beyond a window, which
 * only the rare non-ASCII code points trigger: decoding a code point anywhere (a sequence may
 * cross the end of a window or of a worker's range) and the final-sigma context, which skips case-ignorable
 * characters in both directions for as far as it takes (across non-word characters, windows and
 * worker ranges, but never past either end of the file). Mapping keeps a 1 GB input out of the heap.
 *
 * <p>A file that cannot be mapped or claims to be empty ({@code /proc} and sysfs files report 0 or
 * 4096 bytes whatever they hold; pipes have no size) is read to its end as a stream instead, up to
 * {@value #STREAM_LIMIT} bytes. A file that changes while it is read (the size or modification
 * time differ afterwards, or a truncation faults the mapping) is reported as
 * {@link #changedWhileReading}, never as a crash or as invalid UTF-8 it did not contain.
 *
 * <p>One instance per thread: it owns a scratch buffer; {@link #view()} gives another thread its own.
 * Closing the instance {@link #open} returned closes the file.
 */
final class MappedText implements AutoCloseable {
    /** {@link #decodeAt} result for an ill-formed sequence. */
    static final long INVALID = -1;
    /** The most bytes read from a file that has to be read as a stream (it is held in the heap). */
    static final int STREAM_LIMIT = 64 << 20;

    private final Path file;
    /** The open mapped file, or null when the text was read as a stream into {@link #bytes}. */
    private final FileChannel channel;
    private final MemorySegment bytes;
    private final long size;
    private final FileTime modified;
    private final byte[] scratch = new byte[4];

    private MappedText(Path file, FileChannel channel, MemorySegment bytes, FileTime modified) {
        this.file = file;
        this.channel = channel;
        this.bytes = bytes;
        this.size = bytes.byteSize();
        this.modified = modified;
    }

    /** Opens {@code file} and maps it read-only for the lifetime of {@code arena} (or reads it as a stream). */
    static MappedText open(Path file, Arena arena) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = channel.size();
            if (size > 0 && attributes.isRegularFile()) {
                try {
                    MemorySegment bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
                    return new MappedText(file, channel, bytes, attributes.lastModifiedTime());
                } catch (IOException unmappable) {
                    // sysfs: a size but no mapping ("No such device"); read it as a stream.
                }
            }
            MemorySegment bytes = MemorySegment.ofArray(readStream(file, channel));
            channel.close();
            return new MappedText(file, null, bytes, null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static byte[] readStream(Path file, FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        channel.position(0);
        while (channel.read(buffer) >= 0) {
            if (!buffer.hasRemaining()) {
                if (buffer.capacity() >= STREAM_LIMIT) {
                    throw new IOException(file + ": not a regular file and longer than " + (STREAM_LIMIT >> 20)
                            + " MiB, the most read from a stream");
                }
                buffer = ByteBuffer.allocate(Math.min(STREAM_LIMIT, buffer.capacity() * 2)).put(buffer.flip());
            }
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** The same open file for another thread. */
    MappedText view() {
        return new MappedText(file, channel, bytes, modified);
    }

    /** Fills {@code into} (up to its limit) with the file's bytes from {@code position}. */
    void read(long position, ByteBuffer into) throws IOException {
        if (channel == null) {
            int n = into.remaining();
            MemorySegment.copy(bytes, position, MemorySegment.ofBuffer(into), 0, n);
            into.position(into.position() + n);
            return;
        }
        long at = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, at);
            if (n < 0) {
                throw changedWhileReading();
            }
            at += n;
        }
    }

    /** Whether the file is no longer what was opened: another size or modification time. */
    boolean changed() {
        if (channel == null) {
            return false;
        }
        try {
            return channel.size() != size || !modified.equals(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return true;
        }
    }

    /** Throws {@link #changedWhileReading} if the file {@link #changed}. */
    void requireUnchanged() throws IOException {
        if (changed()) {
            throw changedWhileReading();
        }
    }

    /** The one-line error for a file that changed under the reader: its counts would be of no single text. */
    IOException changedWhileReading() {
        return new IOException(file + ": changed while reading (size or modification time differ); count it once it is still");
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
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
