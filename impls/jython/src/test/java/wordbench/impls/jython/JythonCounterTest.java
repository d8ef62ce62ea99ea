package wordbench.impls.jython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.ReferenceCount;

/**
 * The module on its own: both of the script's paths agree with the reference rule, and an instance
 * works again after close(). The full check against CPython is the harness's conformance suite.
 */
class JythonCounterTest {

    @TempDir
    Path dir;

    @Test
    void asciiAndNonAsciiPathsFollowTheReferenceRuleAlsoAfterClose() throws IOException {
        Path ascii = Files.writeString(dir.resolve("ascii.txt"), "The the THE don't snake_case x86_64 the\r\nend");
        Path tricky = Files.writeString(dir.resolve("tricky.txt"),
                "\u0130stanbul A.\u03a3 \u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 cafe\u0301 STRA\u1e9eE \uff41 \uD840\uDC00 \uff41 \uD840\uDC00 x\ua7cby the");
        List<Path> both = List.of(ascii, tricky);
        try (JythonCounter counter = new JythonCounter()) {
            assertEquals(ReferenceCount.topWords(List.of(ascii), 100), counter.count(List.of(ascii), 100));
            assertEquals(ReferenceCount.topWords(List.of(tricky), 100), counter.count(List.of(tricky), 100));
            assertEquals(ReferenceCount.topWords(both, 3), counter.count(both, 3));
            counter.close();
            assertEquals(ReferenceCount.topWords(both, 100), counter.count(both, 100));
        }
    }

    @Test
    void anEncodedSurrogateIsRejectedWhereCPythonRejectsIt() throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        try (JythonCounter counter = new JythonCounter()) {
            InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> counter.count(List.of(bad), 10));
            assertEquals(3, e.byteOffset());
            assertEquals(bad, e.file());
        }
    }
}
