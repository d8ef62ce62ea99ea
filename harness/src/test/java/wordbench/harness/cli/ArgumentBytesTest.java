package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arguments the JVM decoded lossily get their bytes back from the command line, and only those. */
class ArgumentBytesTest {
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLossilyDecodedArgumentIsGivenBackSurrogateEscaped() {
        List<byte[]> commandLine = List.of(latin1("java"), latin1("-jar"), latin1("wordbench.jar"),
                latin1("count"), latin1("bad\u00ffname.txt"), latin1("plain.txt"));
        String[] args = {"count", "bad\uFFFDname.txt", "plain.txt"};
        assertArrayEquals(new String[] {"count", "bad\udcffname.txt", "plain.txt"},
                ArgumentBytes.recover(args, commandLine, StandardCharsets.UTF_8));
        assertEquals("bad\uFFFDname.txt", ArgumentBytes.shown("bad\udcffname.txt"));
    }

    @Test
    void argumentsThatDoNotMatchTheCommandLineAreLeftAsTheyAre() {
        // A command line re-written by a launcher: the last arguments are not the ones we were given.
        List<byte[]> commandLine = List.of(latin1("java"), latin1("bad\u00ffname.txt"), latin1("other"));
        String[] args = {"bad\uFFFDname.txt", "plain.txt"};
        assertArrayEquals(args, ArgumentBytes.recover(args, commandLine, StandardCharsets.UTF_8));
        String[] tooMany = {"a", "b", "c", "bad\uFFFDname.txt"};
        assertArrayEquals(tooMany, ArgumentBytes.recover(tooMany, commandLine, StandardCharsets.UTF_8));
    }
}
