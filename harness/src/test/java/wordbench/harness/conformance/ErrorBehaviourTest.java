package wordbench.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.ConformanceFiles;
import wordbench.conformance.ConformanceFiles.InvalidCase;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;

/**
 * What every strategy does with bad input, as the SPI says: invalid UTF-8 is an
 * {@link InvalidUtf8Exception} naming the file and CPython's byte offset, a missing file a
 * {@link NoSuchFileException}, an empty file an empty answer, a bad N an IllegalArgumentException.
 * And what is not bad input though it looks odd: a file name that is not UTF-8 is counted.
 */
class ErrorBehaviourTest {

    private static final SharedStrategies STRATEGIES = new SharedStrategies();

    @TempDir
    static Path dir;

    @AfterAll
    static void closeStrategies() {
        STRATEGIES.close();
    }

    static List<String> strategies() {
        return STRATEGIES.names();
    }

    static Stream<Arguments> strategiesAndInvalidCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String strategy : STRATEGIES.names()) {
            for (InvalidCase invalid : ConformanceFiles.invalidUtf8Cases()) {
                cases.add(Arguments.of(strategy, invalid));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("strategiesAndInvalidCases")
    void invalidUtf8IsRejectedAtCPythonsOffset(String strategy, InvalidCase invalid) {
        WordCounter counter = STRATEGIES.require(strategy);
        InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class,
                () -> counter.count(List.of(invalid.file()), 10));
        assertEquals(invalid.file(), e.file(), "the file named");
        assertEquals(invalid.offset(), e.byteOffset(), "byte offset (CPython's UnicodeDecodeError.start)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void invalidUtf8InTheSecondFileNamesTheSecondFile(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        InvalidCase invalid = ConformanceFiles.invalidUtf8Cases().getFirst();
        InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> counter.count(
                List.of(ConformanceFiles.fixture("greek-sigma.txt"), invalid.file()), 10));
        assertEquals(invalid.file(), e.file());
        assertEquals(invalid.offset(), e.byteOffset());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aMissingFileIsNoSuchFile(String strategy) {
        WordCounter counter = STRATEGIES.require(strategy);
        Path absent = dir.resolve("absent.txt");
        NoSuchFileException alone = assertThrows(NoSuchFileException.class, () -> counter.count(List.of(absent), 10));
        assertTrue(alone.getFile().contains("absent.txt"), alone.getFile());
        assertThrows(NoSuchFileException.class,
                () -> counter.count(List.of(ConformanceFiles.fixture("german.txt"), absent), 10));
    }

    /**
     * A file name is bytes, not text: Linux gives out {@code bad\xffname.txt}, and every strategy must
     * open it, across the JVM's boundaries to Rust and to Python too. {@link Path#toString()} turns
     * the 0xFF into U+FFFD, and a strategy that hands that text on is told "no such file".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aFileWhoseNameIsNotUtf8IsCounted(String strategy) throws Exception {
        WordCounter counter = STRATEGIES.require(strategy);
        // A file URI's percent-escapes are the name's bytes: the one way to spell such a name in Java.
        Path file = Path.of(new URI(dir.toUri() + "bad%FF" + strategy + ".txt"));
        Files.writeString(file, "Name name bytes");
        assertFalse(Files.exists(Path.of(file.toString())), "the name must not survive toString()");
        assertEquals("name\t2\nbytes\t1\n", counter.count(List.of(file), 10).toTsv());
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertEquals("name\t2\nbytes\t1\n", counter.count(List.of(relative), 10).toTsv(), "relative to the working directory");
    }

    /**
     * {@code /proc/version} says its size is 0 but has text: a strategy that sizes its buffer or
     * mapping by the file's size counts nothing (java-fast printed nothing while the others counted).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aProcFileOfSizeZeroCountsAsItsText(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        Path version = Path.of("/proc/version");
        Assumptions.assumeTrue(Files.isReadable(version) && Files.size(version) == 0, "needs Linux /proc");
        Path copy = Files.writeString(dir.resolve("version-" + strategy + ".txt"), Files.readString(version));
        TopWords fromProc = counter.count(List.of(version), 1000);
        assertFalse(fromProc.entries().isEmpty(), "nothing counted");
        assertEquals(counter.count(List.of(copy), 1000), fromProc);
    }

    /** More files than a process may hold open at once (this machine: 20,000), made once for the class. */
    private static List<Path> manyFiles;

    private static synchronized List<Path> manyFiles() throws IOException {
        if (manyFiles == null) {
            Path folder = Files.createDirectory(dir.resolve("many"));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 21_000; i++) {
                files.add(Files.writeString(folder.resolve("f" + i + ".txt"), "one two w" + (i % 3)));
            }
            manyFiles = List.copyOf(files);
        }
        return manyFiles;
    }

    /** A strategy that opens every file before reading (java-parallel did) runs out of descriptors. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void moreFilesThanTheProcessMayOpenAtOnceAreCounted(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        assertEquals("one\t21000\ntwo\t21000\nw0\t7000\n", counter.count(manyFiles(), 3).toTsv());
    }

    /**
     * A strategy that holds whole texts (its traits do not say it streams) refuses a file larger than
     * it can hold before reading it, in one line naming its limit and a strategy that streams; not
     * with an OutOfMemoryError or an interpreter's stack trace gigabytes later. The file is sparse:
     * 2 GiB that cost no disk, and reading them would take seconds and gigabytes, so the refusal
     * must come first.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aWholeTextStrategyRefusesAFileLargerThanItHoldsBeforeReadingIt(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        Assumptions.assumeFalse(counter.traits().streaming(), strategy + " streams: the long test counts 3 GiB with it");
        Path huge = dir.resolve("sparse-" + strategy + ".txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L << 30);
        }
        try {
            WholeTextLimit.InputTooLargeException e = assertThrows(WholeTextLimit.InputTooLargeException.class,
                    () -> counter.count(List.of(ConformanceFiles.fixture("german.txt"), huge), 10));
            assertTrue(e.getMessage().matches(Pattern.quote(huge + ": 2,048 MiB is more than " + strategy
                    + " holds in memory (limit ") + "[\\d,]+ MiB with [\\d,]+ MiB of (heap|memory)\\); "
                    + Pattern.quote(WholeTextLimit.STREAMING_STRATEGY + " streams files of any size")), e.getMessage());
            assertTrue(STRATEGIES.get().byName(WholeTextLimit.STREAMING_STRATEGY).orElseThrow().traits().streaming(),
                    "the refusal names a strategy that streams");
        } finally {
            Files.delete(huge);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void anEmptyFileGivesAnEmptyAnswer(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        Path empty = Files.write(dir.resolve("empty-" + strategy + ".txt"), new byte[0]);
        assertEquals(TopWords.EMPTY, counter.count(List.of(empty), 10));
        assertEquals(TopWords.EMPTY, counter.count(List.of(empty, empty), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void nBelowOneOrNoFileIsRefused(String strategy) {
        WordCounter counter = STRATEGIES.require(strategy);
        List<Path> files = List.of(ConformanceFiles.fixture("german.txt"));
        assertThrows(IllegalArgumentException.class, () -> counter.count(files, 0));
        assertThrows(IllegalArgumentException.class, () -> counter.count(files, -1));
        assertThrows(IllegalArgumentException.class, () -> counter.count(files, Integer.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(), 10));
    }
}
