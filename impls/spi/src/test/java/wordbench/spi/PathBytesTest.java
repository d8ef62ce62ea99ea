package wordbench.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name's bytes, and Python's str spelling of them, both ways and back to the same file. */
class PathBytesTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void bytesThatAreNotUtf8AreSpelledAsPythonsSurrogateEscapes() {
        // Python: os.fsdecode(b'bad\xffname-\xce\xb1\xe2\x82.txt') == 'bad\udcffname-α\udce2\udc82.txt'
        byte[] name = bytes("bad\u00ffname-\u00ce\u00b1\u00e2\u0082.txt");
        String spelled = PathBytes.surrogateEscaped(name);
        assertEquals("bad\udcffname-\u03b1\udce2\udc82.txt", spelled);
        assertTrue(PathBytes.isSurrogateEscaped(spelled));
        assertArrayEquals(name, PathBytes.fromSurrogateEscaped(spelled));
    }

    @Test
    void textNamesAndSurrogatePairsAreNotEscapes() {
        String text = "caf\u00e9-\uD83D\uDE00.txt"; // the emoji's low half is U+DE00, not an escape
        assertFalse(PathBytes.isSurrogateEscaped(text));
        assertEquals(text, PathBytes.surrogateEscaped(text.getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), PathBytes.fromSurrogateEscaped(text));
    }

    @Test
    void aNameOfAnyBytesBecomesThePathOfThatFileAndBack() throws Exception {
        byte[] name = bytes("bad\u00ffname %41?#.txt");
        byte[] dirBytes = PathBytes.of(dir);
        byte[] full = new byte[dirBytes.length + 1 + name.length];
        System.arraycopy(dirBytes, 0, full, 0, dirBytes.length);
        full[dirBytes.length] = '/';
        System.arraycopy(name, 0, full, dirBytes.length + 1, name.length);
        Path file = PathBytes.toPath(full);
        Files.writeString(file, "x");
        try (var listing = Files.list(dir)) {
            assertEquals(file, listing.findFirst().orElseThrow(), "the one file there, as the OS lists it");
        }
        assertArrayEquals(full, PathBytes.of(file));
        assertFalse(Files.exists(Path.of(file.toString())), "its name is not text");
    }
}
