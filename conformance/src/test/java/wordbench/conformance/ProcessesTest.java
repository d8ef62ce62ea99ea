package wordbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    @Test
    void theTimeoutFiresWhileTheChildStillWritesAndRuns() {
        // Writes more than a pipe buffer holds, then sleeps: a helper that reads stdout to its end
        // before waitFor(timeout) would hang here for the full minute.
        long start = System.nanoTime();
        var e = assertThrows(Processes.TimeoutException.class, () -> Processes.run(
                List.of("sh", "-c", "head -c 1000000 /dev/zero; echo about to sleep >&2; sleep 60"), Duration.ofSeconds(2)));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 20, "the timeout fired after " + seconds + " s");
        assertTrue(e.getMessage().contains("did not finish in PT2S") && e.getMessage().contains("about to sleep"),
                e.getMessage());
    }

    @Test
    void outputExitStatusAndEnvironmentComeBack() {
        // The non-ASCII text is written with octal escapes: the command line itself stays ASCII, so the
        // test holds under any locale (a POSIX locale turns a non-ASCII argument into "?").
        Processes.Result result = Processes.run(List.of("sh", "-c", "printf '\\303\\274n\\303\\257\\n'; echo \"$WORDBENCH_X\" >&2; exit 7"),
                Duration.ofSeconds(30), Map.of("WORDBENCH_X", "x-value"));
        assertEquals(7, result.exitCode());
        assertEquals("ünï\n", result.stdout());
        assertEquals("x-value\n", result.stderr());
        var failure = assertThrows(AssertionError.class, result::requireSuccess);
        assertTrue(failure.getMessage().contains("exit 7") && failure.getMessage().contains("x-value"), failure.getMessage());
    }

    @Test
    void stdinAChosenEnvironmentAndAStdoutFile(@TempDir Path dir) throws IOException {
        Processes.Result piped = Processes.command(List.of("/bin/sh", "-c", "cat; echo \"[$HOME][$WORDBENCH_X]\" >&2"))
                .stdin("piped in".getBytes(StandardCharsets.UTF_8)).onlyEnvironment(Map.of("WORDBENCH_X", "x"))
                .run(Duration.ofSeconds(30)).requireSuccess();
        assertEquals("piped in", piped.stdout());
        assertEquals("[][x]\n", piped.stderr(), "nothing inherited");

        Path out = dir.resolve("out.txt");
        Processes.Result toFile = Processes.command(List.of("sh", "-c", "echo to the file; pwd >&2"))
                .stdoutTo(out.toFile()).directory(dir).run(Duration.ofSeconds(30)).requireSuccess();
        assertEquals("", toFile.stdout());
        assertEquals("to the file\n", Files.readString(out));
        assertEquals(dir.toRealPath().toString(), toFile.stderr().strip());
    }

    @Test
    void aMissingProgramSaysSo() {
        var e = assertThrows(UncheckedIOException.class,
                () -> Processes.run(List.of("/nonexistent/wordbench-program"), Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("/nonexistent/wordbench-program"), e.getMessage());
    }
}
