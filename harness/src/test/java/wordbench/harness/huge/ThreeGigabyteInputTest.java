package wordbench.harness.huge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.ConformanceFiles;
import wordbench.conformance.Processes;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.Strategies;
import wordbench.spi.ReferenceCount;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;

/**
 * Every strategy whose traits say it streams counts one file of 3 GiB (past every 32-bit offset) in
 * a JVM whose heap is capped at 256 MiB, exactly, and with its peak resident set (its worker
 * process's too) far below the file: the input is never held whole, on the heap or off it.
 *
 * <p>The file is one block (big.txt, then fixtures with Greek sigmas, mixed scripts and CJK, each
 * ended by a newline that no word or final-sigma context crosses) written until it passes 3 GiB,
 * so every count is the block's (by the reference rule, which the conformance suite holds to
 * CPython) times the copies. It is written once per run into a temporary folder deleted at the
 * end, and skipped with a message when the disk has no room for it.
 *
 * <p>Tagged {@code long}: {@code ./mvnw verify} runs it (failsafe), {@code ./mvnw test} does not.
 */
@Tag("long")
class ThreeGigabyteInputTest {
    private static final long TARGET_BYTES = 3L << 30;
    private static final String HEAP = "-Xmx256m";
    /** A resident set this size would hold a third of the file: a strategy that keeps the input. */
    private static final long PEAK_RESIDENT_LIMIT_KIB = 1L << 20;
    private static final int ALL = 100_000;

    private static Path dir;
    private static Path huge;
    private static String expected;

    @BeforeAll
    static void writeTheFile() throws IOException {
        dir = Files.createTempDirectory("wordbench-three-gigabytes-");
        byte[] block = block();
        Path blockFile = Files.write(dir.resolve("block.txt"), block);
        long free = Files.getFileStore(dir).getUsableSpace();
        assumeTrue(free > TARGET_BYTES + (2L << 30), "skipped: only " + (free >> 20) + " MiB free in " + dir
                + ", the 3 GiB input needs 5 GiB");
        int copies = (int) ((TARGET_BYTES + block.length - 1) / block.length);
        List<WordCount> scaled = ReferenceCount.topWords(List.of(blockFile), ALL).entries().stream()
                .map(entry -> new WordCount(entry.word(), entry.count() * copies)).toList();
        expected = new TopWords(scaled).toTsv();
        huge = dir.resolve("three-gigabytes.txt");
        try (FileChannel out = FileChannel.open(huge, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < copies; i++) {
                ByteBuffer buffer = ByteBuffer.wrap(block);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
        assertTrue(Files.size(huge) >= TARGET_BYTES);
    }

    @AfterAll
    static void deleteTheFile() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** big.txt and a few fixtures of non-ASCII text, each ending in a newline. */
    private static byte[] block() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Path bigTxt = Corpus.bigTxt(Corpus.home());
        for (Path part : List.of(bigTxt, ConformanceFiles.fixture("greek-sigma.txt"),
                ConformanceFiles.fixture("mixed-scripts.txt"), ConformanceFiles.fixture("cjk.txt"),
                ConformanceFiles.fixture("german.txt"))) {
            text.writeBytes(Files.readAllBytes(part));
            text.write('\n');
        }
        return text.toByteArray();
    }

    /** The strategies that say they stream: the harness asks their traits, never their names. */
    static Stream<String> streamingStrategies() {
        Map<String, StrategyTraits> traits = Strategies.registeredTraits();
        List<String> streaming = traits.entrySet().stream().filter(entry -> entry.getValue().streaming())
                .map(Map.Entry::getKey).sorted().toList();
        assertFalse(streaming.isEmpty(), "no strategy says it streams: " + traits.keySet());
        return streaming.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamingStrategies")
    void countsThreeGigabytesInA256MegabyteHeapWithBoundedResidentMemory(String strategy) {
        Processes.Result child = Processes.run(Processes.javaCommand(List.of(HEAP), CountAndReportPeakMemory.class,
                strategy, String.valueOf(ALL), huge.toString()), Duration.ofMinutes(10));
        assertEquals(0, child.exitCode(), strategy + " failed with " + HEAP + ": " + child.stderr());
        assertTrue(expected.equals(child.stdout()), strategy + ": the counts are not the block's times the copies");
        long self = peak(child.stderr(), CountAndReportPeakMemory.PEAK_SELF);
        long children = peak(child.stderr(), CountAndReportPeakMemory.PEAK_CHILDREN);
        assertTrue(self > 0, "no VmHWM read: " + child.stderr());
        // For the build log: what bounded means here, per strategy.
        System.out.println(strategy + ": " + (Files.exists(huge) ? huge.toFile().length() >> 20 : 0) + " MiB counted with " + HEAP
                + ", peak resident " + (self >> 10) + " MiB (JVM), " + (children >> 10) + " MiB (largest child process)");
        assertTrue(self < PEAK_RESIDENT_LIMIT_KIB, strategy + ": the JVM's peak resident set was " + (self >> 10)
                + " MiB for a " + (TARGET_BYTES >> 30) + " GiB file");
        assertTrue(children < PEAK_RESIDENT_LIMIT_KIB, strategy + ": a child process's peak resident set was "
                + (children >> 10) + " MiB for a " + (TARGET_BYTES >> 30) + " GiB file");
    }

    private static long peak(String stderr, String label) {
        return stderr.lines().filter(line -> line.startsWith(label))
                .mapToLong(line -> Long.parseLong(line.substring(label.length()).strip())).findFirst().orElse(-1);
    }
}
