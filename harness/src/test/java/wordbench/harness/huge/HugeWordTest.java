package wordbench.harness.huge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.Processes;
import wordbench.harness.cli.Main;

/**
 * One word longer than a Java String can take (1 GiB of text), between two short ones: every
 * streaming strategy counts or refuses it with one line and exit code 1, in a 256 MiB heap. The
 * Rust core counts such a word but cannot hand it back across JNI, FFM or the CPython worker's
 * pipe; before it said so, the answer's array overflowed ({@code NegativeArraySizeException},
 * an internal error) or the heap did.
 *
 * <p>Tagged {@code long}: {@code ./mvnw verify} runs it (failsafe), {@code ./mvnw test} does not.
 */
@Tag("long")
class HugeWordTest {
    private static final long WORD_BYTES = (1L << 30) + (64L << 20);

    private static Path dir;
    private static Path file;

    @BeforeAll
    static void writeTheFile() throws IOException {
        dir = Files.createTempDirectory("wordbench-huge-word-");
        long free = Files.getFileStore(dir).getUsableSpace();
        assumeTrue(free > WORD_BYTES + (2L << 30), "skipped: only " + (free >> 20) + " MiB free in " + dir);
        file = dir.resolve("one-huge-word.txt");
        byte[] letters = new byte[16 << 20];
        Arrays.fill(letters, (byte) 'a');
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            write(out, "the ".getBytes(StandardCharsets.US_ASCII));
            for (long left = WORD_BYTES; left > 0; left -= letters.length) {
                write(out, Arrays.copyOf(letters, (int) Math.min(letters.length, left)));
            }
            write(out, " the end\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void write(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    @AfterAll
    static void deleteTheFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
        if (dir != null) {
            Files.delete(dir);
        }
    }

    static java.util.stream.Stream<String> streamingStrategies() {
        return ThreeGigabyteInputTest.streamingStrategies();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamingStrategies")
    void aWordLongerThanAJavaStringIsRefusedInOneLine(String strategy) {
        Processes.Result child = Processes.run(Processes.javaCommand(List.of("-Xmx256m"), Main.class,
                "count", "--strategy", strategy, "-n", "3", file.toString()), Duration.ofMinutes(5));
        List<String> said = child.stderr().lines().toList();
        assertEquals(1, child.exitCode(), strategy + ": " + child.stderr());
        assertEquals(1, said.size(), strategy + " said more than one line: " + child.stderr());
        assertTrue(said.getFirst().startsWith("wordbench: ") && said.getFirst().contains(" MiB"), said.getFirst());
        assertFalse(said.getFirst().contains("internal error") || said.getFirst().contains("Exception"), said.getFirst());
        assertEquals("", child.stdout(), "no partial answer");
    }
}
