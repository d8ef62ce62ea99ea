package wordbench.impls.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.Processes;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * Files as the operating system hands them out, not as tests usually write them: files that
 * report no size but have content, files that change while they are read, more files than the
 * process may hold open, a word too long for any buffer, a file too large for a whole-text
 * strategy. Each is counted exactly or refused in one line.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    static Stream<Named<Supplier<WordCounter>>> counters() {
        return Stream.of(
                Named.of("java-hashmap", JavaHashMapCounter::new),
                Named.of("java-fast", JavaFastCounter::new),
                Named.of("java-parallel", () -> new JavaParallelCounter(2)));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void aProcFileOfSizeZeroIsReadAsAStream(Supplier<WordCounter> counter) throws IOException {
        Path version = Path.of("/proc/version");
        assumeTrue(Files.isReadable(version) && Files.size(version) == 0, "needs Linux /proc");
        String text = Files.readString(version);
        Path copy = Files.writeString(dir.resolve("version.txt"), text);
        try (WordCounter c = counter.get()) {
            TopWords fromProc = c.count(List.of(version), 1000);
            assertFalse(fromProc.entries().isEmpty());
            assertEquals(c.count(List.of(copy), 1000), fromProc);
        }
    }

    @ParameterizedTest
    @MethodSource("counters")
    void moreFilesThanTheProcessMayOpenAtOnce(Supplier<WordCounter> counter) throws IOException {
        // More than this machine's descriptor limit of 20,000 (ulimit -n), so opening all first fails.
        int files = 21_000;
        List<Path> paths = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            paths.add(Files.writeString(dir.resolve("f" + i + ".txt"), "one two w" + (i % 3)));
        }
        try (WordCounter c = counter.get()) {
            TopWords top = c.count(paths, 3);
            assertEquals("one\t21000\ntwo\t21000\nw0\t7000\n", top.toTsv());
        }
    }

    /** A text whose words are all non-ASCII, so the scanner reads the mapping as well as its windows. */
    private Path greekFile(String name, int repeats) throws IOException {
        return Files.writeString(dir.resolve(name), "αβγ δεζ ΗΘΙ ".repeat(repeats));
    }

    @Test
    void aFileTruncatedUnderTheMappingIsReportedAsChanged() throws IOException {
        Path file = greekFile("truncated.txt", 100_000);
        WordScanner scanner = new WordScanner(new WordTable(), 1 << 12);
        try (Arena arena = Arena.ofConfined(); MappedText text = MappedText.open(file, arena)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(10);
            }
            IOException e = assertThrows(IOException.class, () -> scanner.scan(text, 0, text.size()));
            assertTrue(e.getMessage().endsWith("changed while reading (size or modification time differ); count it once it is still"), e.getMessage());
        }
    }

    @Test
    void aFileRewrittenInPlaceIsReportedAsChanged() throws IOException {
        Path file = greekFile("rewritten.txt", 1_000);
        WordScanner scanner = new WordScanner(new WordTable(), 1 << 12);
        try (Arena arena = Arena.ofConfined(); MappedText text = MappedText.open(file, arena)) {
            // Same size, other bytes: a mapping and a read would each see part of each version.
            Files.writeString(file, "abc def ghi ".repeat(2_000));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            scanner.scan(text, 0, text.size());
            IOException e = assertThrows(IOException.class, text::requireUnchanged);
            assertTrue(e.getMessage().contains("changed while reading"), e.getMessage());
        }
    }

    @Test
    void aWordLongerThanTheHeapCanHoldIsRefusedInOneLine() throws Exception {
        Path file = dir.resolve("one-word.txt");
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // 96 MiB of one word, non-ASCII first so the exact path builds it in its word buffer.
            out.write(java.nio.ByteBuffer.wrap("é".getBytes(StandardCharsets.UTF_8)));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 96; i++) {
                out.write(java.nio.ByteBuffer.wrap(chunk));
            }
        }
        for (String strategy : List.of("java-fast", "java-parallel")) {
            Child child = countInChildJvm("-Xmx64m", strategy, file);
            assertEquals(1, child.exit, strategy + ": " + child.err);
            assertTrue(child.err.matches("refused: .*one-word.txt: a word of more than \\d+ MiB, more than java-fast can hold with \\d+ MiB of heap.*\n"),
                    strategy + ": " + child.err);
        }
    }

    @Test
    void javaHashmapRefusesAFileLargerThanItsLimitBeforeReadingIt() throws Exception {
        Path file = dir.resolve("large.txt");
        Files.writeString(file, "the quick brown fox ".repeat(1 << 20)); // 20 MiB, over 64 MiB / 8
        Child child = countInChildJvm("-Xmx64m", "java-hashmap", file);
        assertEquals(1, child.exit, child.err);
        assertTrue(child.err.matches("refused: .*large.txt: 20 MiB is more than java-hashmap holds in memory \\(limit \\d+ MiB with \\d+ MiB of heap\\); java-fast streams files of any size\n"),
                child.err);
    }

    @Test
    void closeLetsGoOfTheWordTable() throws IOException {
        JavaFastCounter counter = new JavaFastCounter();
        counter.count(List.of(greekFile("few.txt", 10)), 3);
        counter.close();
        assertEquals(null, readScanner(counter));
        assertEquals("αβγ\t10\n", counter.count(List.of(greekFile("again.txt", 10)), 1).toTsv());
    }

    private static Object readScanner(JavaFastCounter counter) {
        try {
            var field = JavaFastCounter.class.getDeclaredField("scanner");
            field.setAccessible(true);
            return field.get(counter);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    record Child(int exit, String out, String err) {
    }

    static Child countInChildJvm(String heap, String strategy, Path file) {
        Processes.Result result = Processes.run(
                Processes.javaCommand(List.of(heap), CountInChildJvm.class, strategy, "10", file.toString()),
                Duration.ofMinutes(5));
        return new Child(result.exitCode(), result.stdout(), result.stderr());
    }
}
