package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.harness.core.Strategies;
import wordbench.spi.ReferenceCount;

/** The command line as a user meets it: exit codes, one-line errors, and the printed answer. */
class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return Main.run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void unknownStrategyListsTheNamesAndExits2() throws IOException {
        Path file = write("a.txt", "a b");
        assertEquals(2, run("count", "--strategy", "no-such-thing", file.toString()));
        assertTrue(stderr().contains("unknown strategy 'no-such-thing'"), stderr());
        assertTrue(stderr().contains("all"), stderr());
        assertTrue(stdout().isEmpty());
    }

    @Test
    void topMustBeAPositiveInteger() throws IOException {
        Path file = write("a.txt", "a b");
        for (String bad : List.of("0", "-3", "ten", "1.5", "99999999999")) {
            err.reset();
            assertEquals(2, run("count", "--top", bad, file.toString()), bad);
            assertTrue(stderr().startsWith("wordbench: --top must be a positive integer, not '" + bad + "'"), stderr());
        }
    }

    @Test
    void missingPathExits1WithOneLine() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(1, run("count", missing.toString()));
        assertEquals("wordbench: " + missing + ": no such file or directory\n", stderr());
    }

    @Test
    void invalidUtf8NamesFileAndOffset() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', ' '});
        assertEquals(1, run("count", "--strategy", "all", file.toString()));
        assertEquals("wordbench: " + file + ": invalid UTF-8 at byte offset 3"
                + " (wordbench reads UTF-8 only and never replaces bytes)\n", stderr());
        assertTrue(stdout().isEmpty(), "nothing printed for rejected input");
    }

    @Test
    void directoryMeansItsRegularFilesAndCountsAddUp() throws IOException {
        write("one.txt", "Apple banana apple");
        write("two.txt", "banana APPLE cherry");
        Files.createDirectory(dir.resolve("nested"));
        write("nested/ignored.txt", "ignored ignored ignored ignored");
        assertEquals(0, run("count", "--strategy", "all", dir.toString()), stderr());
        assertEquals("apple\t3\nbanana\t2\ncherry\t1\n", stdout());
        assertTrue(stderr().contains("agree"), stderr());
    }

    @Test
    void defaultStrategyIsTheFastestAvailableAndMatchesTheReference() throws IOException {
        Path file = write("greek.txt", "ΟΔΥΣΣΕΥΣ Οδυσσεύς İstanbul ıi x_1 x_1 ΣΑ.Σ");
        assertEquals(0, run("count", "--top", "100", file.toString()), stderr());
        assertEquals(ReferenceCount.topWords(List.of(file), 100).toTsv(), stdout());
    }

    @Test
    void listShowsEveryStrategyWithItsState() {
        assertEquals(0, run("list"), stderr());
        try (Strategies strategies = Strategies.load()) {
            for (String name : strategies.names()) {
                assertTrue(stdout().contains(name), name + " missing from: " + stdout());
            }
        }
        assertTrue(stdout().contains("(default)"), stdout());
    }

    @Test
    void unknownCommandAndMissingPathAreUsageErrors() {
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("count"));
        assertEquals(2, run("count", "--strategy"));
        assertEquals(2, run("count", "--bogus", "x"));
    }
}
