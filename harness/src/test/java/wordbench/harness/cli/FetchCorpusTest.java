package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.conformance.Processes;
import wordbench.harness.core.Corpus;

/**
 * data/fetch-corpus on machines unlike this one: a Mac has no sha256sum (it has shasum), a
 * minimal machine may have neither (but has the JDK wordbench needs). The script runs on a PATH
 * that holds only the basic tools it uses, against a copy of the data folder whose expected
 * checksum is that of a small stand-in corpus.
 */
class FetchCorpusTest {

    /** What the script needs besides a checksum tool; curl and npm stay out, so nothing is downloaded. */
    private static final List<String> BASIC_TOOLS = List.of("awk", "cp", "mv", "rm", "mktemp", "date", "dirname", "cat");

    @TempDir
    Path dir;

    private Path data;
    private Path bin;
    private Path corpus;

    @BeforeEach
    void standInRepository() throws IOException {
        Path home = Corpus.home();
        data = Files.createDirectories(dir.resolve("repo").resolve("data"));
        Files.copy(home.resolve("data").resolve("fetch-corpus"), data.resolve("fetch-corpus"));
        Files.copy(home.resolve("data").resolve("Sha256.java"), data.resolve("Sha256.java"));
        corpus = Files.writeString(dir.resolve("stand-in.txt"), "The stand-in corpus.\n");
        Files.writeString(data.resolve("big.txt.sha256"), Corpus.sha256(corpus) + "  big.txt\n");
        bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : BASIC_TOOLS) {
            link(tool);
        }
    }

    private static Optional<Path> onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst();
    }

    /** Puts {@code tool} on the test's PATH: a two-line script that runs the real one (a symlink would do, but @TempDir warns about each). */
    private void link(String tool) throws IOException {
        Path real = onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on the PATH"));
        Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec '" + real + "' \"$@\"\n");
        assertTrue(wrapper.toFile().setExecutable(true), "cannot make " + wrapper + " executable");
    }

    private record Run(int exitCode, String stderr) {
    }

    private Run fetch(String javaHome, String... args) throws IOException {
        Path bash = onPath("bash").orElseThrow();
        List<String> command = new java.util.ArrayList<>(List.of(bash.toString(), data.resolve("fetch-corpus").toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PATH", bin.toString());
        env.put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        Processes.Result run = Processes.command(command).onlyEnvironment(env).run(Duration.ofMinutes(2));
        return new Run(run.exitCode(), run.stderr());
    }

    @Test
    void withoutSha256sumOrShasumTheJdkVerifies() throws Exception {
        Run run = fetch(System.getProperty("java.home"), corpus.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("sha256 verified by java"), run.stderr());
        assertEquals(Files.readString(corpus), Files.readString(data.resolve("big.txt")));

        Run again = fetch(System.getProperty("java.home"));
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("already in place (sha256 verified by java)"), again.stderr());
    }

    @Test
    void theJdkRejectsTheWrongFile() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "Not the corpus.\n");
        Run run = fetch(System.getProperty("java.home"), wrong.toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("copy of " + wrong + " gave a file with sha256 " + Corpus.sha256(wrong)), run.stderr());
        assertFalse(Files.exists(data.resolve("big.txt")), "a file with the wrong checksum is never used");
    }

    @Test
    void shasumVerifiesAsOnAMac() throws Exception {
        assumeTrue(onPath("shasum").isPresent() && onPath("perl").isPresent(), "shasum (Perl) is not installed here");
        link("shasum");
        link("perl");
        Run run = fetch(null, corpus.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("sha256 verified by shasum"), run.stderr());
    }

    @Test
    void withNoChecksumToolAtAllItSaysSoAndTouchesNothing() throws Exception {
        Run run = fetch(null, corpus.toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertEquals("fetch-corpus: cannot verify the corpus: no sha256sum, no shasum and no java here"
                + " (install one, or set JAVA_HOME to a JDK)\n", run.stderr());
        assertFalse(Files.exists(data.resolve("big.txt")));
    }
}
