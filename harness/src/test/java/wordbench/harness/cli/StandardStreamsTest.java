package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private ProcessBuilder wordbench(String... args) throws IOException {
        tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.read(Corpus.home()));
        command.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static Result finish(Process process, byte[] stdin) throws IOException, InterruptedException {
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "wordbench did not finish");
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
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
        Result result = finish(wordbench("count", "-").start(), "b a b".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Result(0, "b\t2\na\t1\n", ""), result);
        assertNoSpoolFileLeft();
    }

    @Test
    void withoutTheLauncherAPipeOnStandardInputIsStillRecognised() throws Exception {
        // No -Dwordbench.stdin.terminal here: StandardInput looks at what file descriptor 0 is.
        Result result = finish(wordbench("count").start(), "b a b".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Result(0, "b\t2\na\t1\n", ""), result);
        assertNoSpoolFileLeft();
    }

    @Test
    void rejectedStandardInputStillHasItsSpoolFileDeleted() throws Exception {
        Result result = finish(wordbench("count", "--strategy", "all", "-").start(), new byte[] {'a', ' ', (byte) 0xFF});
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
        Process process = wordbench("count", text.toString()).redirectOutput(full).start();
        Result result = finish(process, new byte[0]);
        assertEquals(1, result.exitCode(), result.stderr());
        assertEquals("wordbench: cannot write to standard output: No space left on device\n", result.stderr());
    }

    @Test
    void aReaderThatStopsEarlyIsNotAnError() throws Exception {
        // 300,000 distinct words: far more output than a pipe holds, so wordbench is still
        // writing when the reader goes away.
        String words = IntStream.range(0, 300_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        Path text = Files.writeString(dir.resolve("many.txt"), words);
        Process process = wordbench("count", "--top", "300000", text.toString()).start();
        process.getOutputStream().close();
        try (InputStream out = process.getInputStream()) {
            assertTrue(out.read(new byte[16]) > 0, "some output before the reader stops");
        }
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals("", new String(err, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue());
    }
}
