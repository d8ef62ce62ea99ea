package wordbench.harness.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import wordbench.spi.PythonWordRule;

/**
 * The floor under every strategy: read the file and find where the words start, and nothing else.
 * It is NOT a strategy and computes no answer: no UTF-8 check, no lowercasing, no hashing, no
 * counting per word, no top 10. Every byte of 0x80 and above is taken as a word byte (no decoding),
 * ASCII bytes are classified exactly as the fast counters classify them
 * ({@link PythonWordRule#isAsciiWordByte}). A correct strategy cannot beat this by much: it is
 * the reference line on the slide, a lower bound, not a result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FloorBenchmark {

    /** 1 for a word byte (an ASCII word character, or any byte of 0x80 and above), else 0. */
    private static final int[] WORD_BYTE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            WORD_BYTE[b] = b >= 0x80 || PythonWordRule.isAsciiWordByte(b) ? 1 : 0;
        }
    }

    /** Reads go through one reused 1 MiB window, as the fast counters' do: the floor allocates nothing per op. */
    private static final int WINDOW_BYTES = 1 << 20;

    /** Same copies as the word-count benchmark, so the floor sits under each of its points (by hand: 1). */
    @Param({"1"})
    public int copies;

    private Path file;

    @Setup(Level.Trial)
    public void locate() {
        CpuPinning.pinMeasuredThread();
        file = BenchInput.file(copies);
    }

    /*
     * WHY: tells how much of a strategy's time is the unavoidable part (getting the bytes in and
     * looking at each once) and how much is its own work. Returning the number of word starts keeps
     * the loop from being removed as dead code.
     */
    @Benchmark
    public long readAndFindWords() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return wordStarts(channel, window);
        }
    }

    private final ByteBuffer window = ByteBuffer.allocate(WINDOW_BYTES);

    /** How many word-byte runs the file holds, read window by window. */
    static long wordStarts(FileChannel channel, ByteBuffer window) throws IOException {
        long starts = 0;
        int previous = 0;
        byte[] bytes = window.array();
        long position = 0;
        for (int n; (n = channel.read(window.clear(), position)) > 0; position += n) {
            starts += wordStarts(bytes, n, previous);
            previous = WORD_BYTE[bytes[n - 1] & 0xFF];
        }
        return starts;
    }

    /** How many word-byte runs {@code bytes} holds. */
    static long wordStarts(byte[] bytes) {
        return wordStarts(bytes, bytes.length, 0);
    }

    /**
     * Word starts in {@code bytes[0, n)}: a word byte after a non-word byte ({@code previous} is 1
     * when the byte before {@code bytes[0]} was a word byte).
     */
    private static long wordStarts(byte[] bytes, int n, int previous) {
        long starts = 0;
        // Branch-free on purpose: a branch per word boundary mispredicts about once a word,
        // which would make the floor slower than a good counter.
        for (int i = 0; i < n; i++) {
            int word = WORD_BYTE[bytes[i] & 0xFF];
            starts += word & ~previous;
            previous = word;
        }
        return starts;
    }
}
