package wordbench.impls.graalpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.InvalidUtf8Exception;

/**
 * GraalPy runs the talk's script with CPython 3.11's rule (its own Unicode is newer), gives the
 * errors every strategy gives, and asks its benchmark forks for the Graal JIT. The conformance
 * suite checks it over every fixture.
 */
class GraalPyCounterTest {

    @TempDir
    Path dir;

    @Test
    void countsByCPythonsRuleAndTellsErrorsApart() throws IOException {
        try (GraalPyCounter graalpy = new GraalPyCounter()) {
            assertTrue(graalpy.availability().available(), graalpy.availability().reason());
            // U+1E030 MODIFIER LETTER CYRILLIC SMALL A is a letter in Unicode 15, not in CPython 3.11's 14.0.0.
            Path text = Files.writeString(dir.resolve("t.txt"), "A.Σ b a \uD838\uDC30x\n");
            assertEquals("a\t2\nb\t1\nx\t1\nς\t1\n", graalpy.count(List.of(text), 10).toTsv());
            Path bad = Files.write(dir.resolve("bad.bin"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '('});
            InvalidUtf8Exception invalid = assertThrows(InvalidUtf8Exception.class, () -> graalpy.count(List.of(text, bad), 1));
            assertEquals(bad, invalid.file());
            assertEquals(3, invalid.byteOffset());
            assertThrows(NoSuchFileException.class, () -> graalpy.count(List.of(dir.resolve("absent.txt")), 1));
            IOException directory = assertThrows(IOException.class, () -> graalpy.count(List.of(dir), 1));
            assertTrue(directory.getMessage().startsWith(dir + ": "), directory.getMessage());
        }
    }

    @Test
    void benchmarkForksGetTheGraalJit() {
        List<String> options = new GraalPyCounter().traits().forkJvmOptions();
        assertTrue(options.contains("-XX:+EnableJVMCI"), options.toString());
        String modules = options.stream().filter(o -> o.startsWith("--upgrade-module-path=")).findFirst().orElseThrow();
        assertTrue(modules.contains("compiler-") && modules.contains("truffle-compiler-"), modules);
    }
}
