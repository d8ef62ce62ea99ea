package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
        // Java cannot spell such a name; python3 writes it, and listing the folder gives its Path.
        Process python = new ProcessBuilder("python3", "-c",
                "import os,sys; open(os.path.join(os.fsencode(sys.argv[1]), b'bad\\xffname.txt'), 'wb').write(b'Name name bytes')",
                dir.toString()).inheritIO().start();
        assumeTrue(python.waitFor() == 0, "python3 could not write the file");
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
