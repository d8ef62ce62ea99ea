package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.conformance.Processes;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.JvmOptions;

/**
 * wordbench as a separate process with real standard streams, the way a shell runs it: text
 * piped in, output to a full disk, a reader that closes the pipe early. Each child JVM gets its
 * own temporary folder, so the test can see that standard input's spool file is always deleted.
 */
class StandardStreamsTest {

    @TempDir
    Path dir;

    private Path tmp;

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private record Result(int exitCode, String stdout, String stderr) {
        static Result of(Processes.Result run) {
            return new Result(run.exitCode(), run.stdout(), run.stderr());
        }
    }

    /** The java command line that runs wordbench with {@code args}, in its own temporary folder. */
    private List<String> wordbench(String... args) throws IOException {
        tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.read(Corpus.home()));
        command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code command} reading {@code stdin} through a pipe, as in {@code cat text | wordbench count}. */
    private static Result piped(List<String> command, byte[] stdin) {
        List<String> pipeline = new ArrayList<>(List.of("sh", "-c", "cat | \"$@\"", "sh"));
        pipeline.addAll(command);
        return Result.of(Processes.command(pipeline).stdin(stdin).run(TIMEOUT));
    }

    private void assertNoSpoolFileLeft() throws IOException {
        try (var left = Files.list(tmp)) {
            List<String> names = left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("wordbench-stdin-")).toList();
            assertEquals(List.of(), names, "standard input's spool file was left behind");
        }
    }

    @Test
    void pipedTextIsCountedAndItsSpoolFileDeleted() throws Exception {
        Result result = piped(wordbench("count", "-"), "b a b".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Result(0, "b\t2\na\t1\n", ""), result);
        assertNoSpoolFileLeft();
    }

    /**
     * {@code wordbench count dir/*} where dir holds {@code bad\xffname.txt}: the JVM decodes its
     * arguments as text and loses the 0xFF, so the name reaches the count only by its bytes.
     */
    @Test
    void aFileNameThatIsNotUtf8OnTheCommandLineIsCounted() throws Exception {
        Files.writeString(Path.of(new java.net.URI(dir.toUri() + "bad%FFname.txt")), "Name name bytes");
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                // Java cannot put a byte that is not text on a command line; the shell's printf can.
                "exec \"$@\" \"$(printf '%s/bad\\377name.txt' \"$WORDBENCH_TEST_DIR\")\"", "sh"));
        command.addAll(wordbench("count", "--strategy", "java-fast"));
        Result result = Result.of(Processes.command(command)
                .environment(java.util.Map.of("WORDBENCH_TEST_DIR", dir.toString())).run(TIMEOUT));
        assertEquals(new Result(0, "name\t2\nbytes\t1\n", ""), result);
    }

    @Test
    void withoutTheLauncherAPipeOnStandardInputIsStillRecognised() throws Exception {
        // No -Dwordbench.stdin.terminal here: StandardInput looks at what file descriptor 0 is.
        Result result = piped(wordbench("count"), "b a b".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Result(0, "b\t2\na\t1\n", ""), result);
        assertNoSpoolFileLeft();
    }

    @Test
    void rejectedStandardInputStillHasItsSpoolFileDeleted() throws Exception {
        Result result = piped(wordbench("count", "--strategy", "all", "-"), new byte[] {'a', ' ', (byte) 0xFF});
        assertEquals(1, result.exitCode());
        assertEquals("wordbench: standard input: invalid UTF-8 at byte offset 2"
                + " (wordbench reads UTF-8 only and never replaces bytes)\n", result.stderr());
        assertNoSpoolFileLeft();
    }

    @Test
    void aFullDiskIsAnErrorInOneLine() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists on Linux only");
        Path text = Files.writeString(dir.resolve("text.txt"), "b a b\n");
        Result result = Result.of(Processes.command(wordbench("count", text.toString())).stdoutTo(full).run(TIMEOUT));
        assertEquals(1, result.exitCode(), result.stderr());
        assertEquals("wordbench: cannot write to standard output: No space left on device\n", result.stderr());
    }

    @Test
    void aReaderThatStopsEarlyIsNotAnError() throws Exception {
        // 300,000 distinct words: far more output than a pipe holds, so wordbench is still
        // writing when the reader goes away.
        String words = IntStream.range(0, 300_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Path text = Files.writeString(dir.resolve("many.txt"), words);
        // As a shell runs it: wordbench | head -c 16, with wordbench's own exit status reported.
        List<String> pipeline = new ArrayList<>(List.of("bash", "-c", "\"$@\" | head -c 16; exit \"${PIPESTATUS[0]}\"", "bash"));
        pipeline.addAll(wordbench("count", "--top", "300000", text.toString()));
        Result result = Result.of(Processes.command(pipeline).run(TIMEOUT));
        assertEquals(16, result.stdout().length(), "the reader took its 16 bytes: " + result.stdout());
        assertEquals(new Result(0, result.stdout(), ""), result);
    }
}
