package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.Processes;
import wordbench.spi.WordCounter;

/**
 * A file name is bytes, not text: {@code bad\xffname.txt} (not valid UTF-8) is a name Linux gives
 * out, and the Rust strategies must open it through JNI and FFM alike. Re-encoding
 * {@link Path#toString()} turned the 0xFF into U+FFFD and reported "no such file".
 */
class FileNameBytesTest {
    @TempDir
    Path dir;

    static Stream<WordCounter> strategies() {
        return RustCountersTest.strategies();
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void countsAFileWhoseNameIsNotUtf8(WordCounter counter) throws Exception {
        assumeTrue(RustCountersTest.packed(), "no native library packed");
        // Java cannot spell such a name; the shell writes it (octal 377 is the byte 0xFF), and
        // listing the folder gives its Path.
        Processes.run(List.of("sh", "-c", "printf 'Name name bytes' > \"$1/$(printf 'bad\\377name.txt')\"", "sh", dir.toString()),
                Duration.ofSeconds(30)).requireSuccess();
        Path file;
        try (Stream<Path> listing = Files.list(dir)) {
            file = listing.findFirst().orElseThrow();
        }
        assertEquals(false, Files.exists(Path.of(file.toString())), "the name must not survive toString()");
        try (counter) {
            assertEquals("name\t2\nbytes\t1\n", counter.count(List.of(file), 10).toTsv());
            // Relative, too (the bytes are taken from the absolute path then).
            Path relative = Path.of("").toAbsolutePath().relativize(file);
            assertEquals("name\t2\nbytes\t1\n", counter.count(List.of(relative), 10).toTsv());
        }
    }
}
