package wordbench.harness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class FloorBenchmark {

    /** Word bytes: the ASCII word characters, and every non-ASCII byte. */
    private static final boolean[] WORD_BYTE = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            WORD_BYTE[b] = b >= 0x80 || PythonWordRule.isAsciiWordByte(b);
        }
    }

    /** Same copies as the word-count benchmark, so the floor sits under each of its points. */
    @Param({"1", "4"})
    public int copies;

    private Path file;

    @Setup(Level.Trial)
    public void locate() {
        file = BenchInput.file(copies);
    }

    /*
     * WHY: tells how much of a strategy's time is the unavoidable part (getting the bytes in and
     * looking at each once) and how much is its own work. Returning the number of word starts keeps
     * the loop from being removed as dead code.
     */
    @Benchmark
    public long readAndFindWords() throws IOException {
        return wordStarts(Files.readAllBytes(file));
    }

    /** How many word-byte runs there are: a word starts at a word byte after a non-word byte. */
    static long wordStarts(byte[] bytes) {
        long starts = 0;
        boolean inWord = false;
        for (byte b : bytes) {
            boolean word = WORD_BYTE[b & 0xFF];
            if (word && !inWord) {
                starts++;
            }
            inWord = word;
        }
        return starts;
    }
}
