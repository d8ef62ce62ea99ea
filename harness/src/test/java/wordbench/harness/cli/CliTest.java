package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import wordbench.harness.core.Strategies;
import wordbench.spi.ReferenceCount;

/** The command line as a user meets it: exit codes, one-line errors, help, version, and the printed answer. */
class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;
    private String savedTerminal;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        savedTerminal = System.getProperty(StandardInput.TERMINAL_PROPERTY);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // Unless a test says otherwise, standard input is a terminal: no PATH is a usage error.
        System.setProperty(StandardInput.TERMINAL_PROPERTY, "true");
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
        if (savedTerminal == null) {
            System.clearProperty(StandardInput.TERMINAL_PROPERTY);
        } else {
            System.setProperty(StandardInput.TERMINAL_PROPERTY, savedTerminal);
        }
    }

    private int run(String... args) {
        return Main.run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void pipeIn(byte[] bytes) {
        System.setIn(new ByteArrayInputStream(bytes));
        System.setProperty(StandardInput.TERMINAL_PROPERTY, "false");
    }

    private void assertOneLineUsageError(String command, int code) {
        assertEquals(ExitCodes.USAGE, code, stderr());
        assertEquals(1, stderr().lines().count(), "one line: " + stderr());
        assertTrue(stderr().startsWith("wordbench: "), stderr());
        assertTrue(stderr().endsWith("; try '" + command + " --help'\n"), stderr());
        assertTrue(stdout().isEmpty(), stdout());
    }

    @Test
    void unknownStrategyListsTheNamesAndExits2() throws IOException {
        Path file = write("a.txt", "a b");
        assertEquals(2, run("count", "--strategy", "no-such-thing", file.toString()));
        assertTrue(stderr().contains("unknown strategy 'no-such-thing'"), stderr());
        assertTrue(stderr().contains("all"), stderr());
        assertOneLineUsageError("wordbench count", 2);
    }

    @Test
    void topMustBeAPositiveInteger() throws IOException {
        Path file = write("a.txt", "a b");
        for (String bad : List.of("0", "-3", "ten", "1.5", "")) {
            err.reset();
            assertEquals(2, run("count", "--top", bad, file.toString()), bad);
            assertTrue(stderr().startsWith("wordbench: --top must be a positive integer, not '" + bad + "'"), stderr());
            assertOneLineUsageError("wordbench count", 2);
        }
    }

    @Test
    void aTopTooLargeForAnIntSaysSo() throws IOException {
        Path file = write("a.txt", "a b");
        assertEquals(2, run("count", "--top", "99999999999", file.toString()));
        assertTrue(stderr().startsWith("wordbench: --top 99999999999 is too large: at most 2147483647;"), stderr());
        assertOneLineUsageError("wordbench count", 2);
    }

    @Test
    void theLargestTopIsAccepted() throws IOException {
        Path file = write("a.txt", "b a b");
        assertEquals(0, run("count", "--top", String.valueOf(Integer.MAX_VALUE), file.toString()), stderr());
        assertEquals("b\t2\na\t1\n", stdout());
    }

    @Test
    void bothOptionDialectsWorkOnEveryCommand() throws IOException {
        Path file = write("a.txt", "b a b c");
        assertEquals(0, run("count", "--top=1", "--strategy=java-hashmap", file.toString()), stderr());
        assertEquals(0, run("count", "--top", "1", "--strategy", "java-hashmap", file.toString()), stderr());
        assertEquals(0, run("count", "-n1", file.toString()), stderr());
        assertEquals("b\t2\nb\t2\nb\t2\n", stdout());
        // bench and chart speak the same dialect: both spellings reach the same "no such file".
        Path missing = dir.resolve("missing.json");
        assertEquals(1, run("chart", "--out=" + dir, missing.toString()));
        assertEquals(1, run("chart", "--out", dir.toString(), missing.toString()));
        assertEquals(2, stderr().lines().filter(l -> l.contains("missing.json: no such file")).count(), stderr());
    }

    @Test
    void missingPathExits1WithOneLine() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(1, run("count", missing.toString()));
        assertEquals("wordbench: " + missing + ": no such file or directory\n", stderr());
    }

    @Test
    void aFileTooLargeForTheStrategyIsRefusedInItsOwnWords() throws IOException {
        Path sparse = dir.resolve("sparse.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(2L << 30); // 2 GiB of no disk, over every whole-text limit
        }
        assertEquals(1, run("count", "--strategy", "java-hashmap", sparse.toString()));
        assertTrue(stderr().matches("wordbench: \\Q" + sparse + ": 2,048 MiB is more than java-hashmap holds in memory\\E"
                + " \\(limit [\\d,]+ MiB with [\\d,]+ MiB of heap\\); java-fast streams files of any size\n"), stderr());
    }

    @Test
    void invalidUtf8NamesFileAndOffset() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', ' '});
        assertEquals(1, run("count", "--strategy", "all", file.toString()));
        assertEquals("wordbench: " + file + ": invalid UTF-8 at byte offset 3"
                + " (wordbench reads UTF-8 only and never replaces bytes)\n", stderr());
        assertTrue(stdout().isEmpty(), "nothing printed for rejected input");
    }

    @Test
    void directoryMeansItsRegularFilesAndCountsAddUp() throws IOException {
        write("one.txt", "Apple banana apple");
        write("two.txt", "banana APPLE cherry");
        Files.createDirectory(dir.resolve("nested"));
        write("nested/ignored.txt", "ignored ignored ignored ignored");
        assertEquals(0, run("count", "--strategy", "all", dir.toString()), stderr());
        assertEquals("apple\t3\nbanana\t2\ncherry\t1\n", stdout());
        assertTrue(stderr().contains("agree"), stderr());
    }

    @Test
    void defaultStrategyIsTheFastestAvailableAndMatchesTheReference() throws IOException {
        Path file = write("greek.txt", "ΟΔΥΣΣΕΥΣ Οδυσσεύς İstanbul ıi x_1 x_1 ΣΑ.Σ");
        assertEquals(0, run("count", "--top", "100", file.toString()), stderr());
        assertEquals(ReferenceCount.topWords(List.of(file), 100).toTsv(), stdout());
    }

    @Test
    void dashReadsStandardInputWithEveryStrategy() {
        pipeIn("b a b".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("count", "--strategy", "all", "-"), stderr());
        assertEquals("b\t2\na\t1\n", stdout());
        assertTrue(stderr().contains("available strategies agree"), stderr());
    }

    @Test
    void noPathReadsStandardInputWhenItIsNotATerminal() {
        pipeIn("Σ σ ς b B".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("count"), stderr());
        assertEquals("b\t2\nσ\t2\nς\t1\n", stdout());
    }

    @Test
    void standardInputAddsUpWithFiles() throws IOException {
        Path file = write("a.txt", "a b");
        pipeIn("b c".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("count", file.toString(), "-"), stderr());
        assertEquals("b\t2\na\t1\nc\t1\n", stdout());
    }

    @Test
    void noPathOnATerminalIsAUsageError() {
        assertOneLineUsageError("wordbench count", run("count"));
        assertTrue(stderr().contains("count needs a PATH"), stderr());
    }

    @Test
    void standardInputCanBeNamedOnlyOnce() {
        pipeIn("a".getBytes(StandardCharsets.UTF_8));
        assertOneLineUsageError("wordbench count", run("count", "-", "-"));
    }

    @Test
    void invalidUtf8OnStandardInputSaysStandardInputAndTheOffset() {
        pipeIn(new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', ' '});
        assertEquals(1, run("count", "-"));
        assertEquals("wordbench: standard input: invalid UTF-8 at byte offset 3"
                + " (wordbench reads UTF-8 only and never replaces bytes)\n", stderr());
        assertTrue(stdout().isEmpty());
    }

    private Path quickRun(String name, boolean withMeta) throws IOException {
        Path json = dir.resolve(name + ".json");
        try (InputStream in = CliTest.class.getResourceAsStream("/chart/quick-run.json")) {
            Files.copy(in, json);
        }
        if (withMeta) {
            try (InputStream in = CliTest.class.getResourceAsStream("/chart/quick-run.meta.json")) {
                Files.copy(in, dir.resolve(name + ".meta.json"));
            }
        }
        return json;
    }

    @Test
    void aMalformedResultsFileIsOneLineInOurWords() throws IOException {
        Path json = Files.writeString(dir.resolve("broken.json"), "[{\"benchmark\": x");
        assertEquals(1, run("chart", "--out", dir.resolve("charts").toString(), json.toString()));
        assertEquals("wordbench: " + json + " is not a JMH JSON results file: not valid JSON at line 1, column 17\n",
                stderr());
    }

    @Test
    void aScoreThatIsNotANumberIsAnInputError() throws IOException {
        Path json = quickRun("text-score", true);
        Files.writeString(json, Files.readString(json).replaceFirst("\"score\" : [0-9.eE+-]+", "\"score\" : \"fast\""));
        assertEquals(1, run("chart", "--out", dir.resolve("charts").toString(), json.toString()));
        assertEquals("wordbench: " + json + " is not a JMH JSON results file: a value that should be a number is not one"
                + " (\"fast\")\n", stderr());
    }

    @Test
    void aNaNScoreIsLeftOutWithAWarningNotABug() throws IOException {
        Path json = quickRun("nan-score", true);
        Files.writeString(json, Files.readString(json).replaceFirst("\"score\" : [0-9.eE+-]+", "\"score\" : NaN"));
        assertEquals(0, run("chart", "--out", dir.resolve("charts").toString(), json.toString()), stderr());
        assertTrue(stderr().startsWith("wordbench: warning: 1 result(s) in nan-score.json have no score (NaN)"
                + " and are left out of the charts: WordCountBenchmark.count {"), stderr());
    }

    @Test
    void aResultsFileWithoutItsMetadataIsChartedWithAWarningAndAnHonestFooter() throws IOException {
        Path json = quickRun("no-meta", false);
        assertEquals(0, run("chart", "--out", dir.resolve("charts").toString(), json.toString()), stderr());
        assertEquals(1, stderr().lines().filter(l -> l.startsWith("wordbench: warning: no-meta.meta.json is missing")).count(),
                stderr());
        String footer = wordbench.harness.results.BenchResults.load(json).footer();
        assertEquals("machine, JDK, date and commit unknown (no .meta.json beside it) · no-meta.json", footer);
    }

    @Test
    void listShowsEveryStrategyWithItsState() {
        assertEquals(0, run("list"), stderr());
        try (Strategies strategies = Strategies.load()) {
            for (String name : strategies.names()) {
                assertTrue(stdout().contains(name), name + " missing from: " + stdout());
            }
        }
        assertTrue(stdout().contains("(default)"), stdout());
    }

    @Test
    void unknownCommandIsOneLineNamingTheCommands() {
        assertOneLineUsageError("wordbench", run("frobnicate"));
        assertTrue(stderr().contains("unknown command 'frobnicate'; the commands are list, count, bench, chart"), stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "count --strategy", "count --bogus x", "count --top", "count --top 1 --top 2 x",
            "list extra", "bench --quick --full", "bench --bogus", "bench --strategy", "chart", "chart a.json b.json",
            "chart --out",
    })
    void usageErrorsAreOneLineWithAPointerToHelp(String commandLine) {
        String[] args = commandLine.split(" ");
        assertOneLineUsageError("wordbench " + args[0], run(args));
        assertFalse(stderr().contains("picocli"), stderr());
    }

    @Test
    void bareWordbenchShowsTheUsageAsAUsageError() {
        assertEquals(2, run());
        assertTrue(stderr().startsWith("Usage: wordbench"), stderr());
        assertTrue(stdout().isEmpty());
    }

    @Test
    void everyCommandHasHelpDescribingEveryOption() {
        CommandLine root = Main.commandLine();
        for (CommandLine command : root.getSubcommands().values()) {
            String name = command.getCommandName();
            out.reset();
            assertEquals(0, run(name, "--help"), name + ": " + stderr());
            assertTrue(stdout().startsWith("Usage: wordbench " + name), stdout());
            for (ArgSpec arg : command.getCommandSpec().args()) {
                String label = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
                assertTrue(arg.description().length > 0 && !arg.description()[0].isBlank(),
                        "wordbench " + name + " " + label + " has no description");
                assertTrue(stdout().contains(label), label + " missing from the help of " + name + ":\n" + stdout());
            }
        }
        out.reset();
        assertEquals(0, run("--help"));
        for (String name : root.getSubcommands().keySet()) {
            assertTrue(stdout().contains("  " + name + " "), name + " missing from: " + stdout());
        }
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Parameters
        String what;

        @Override
        public Integer call() {
            if (what.equals("error")) {
                throw new StackOverflowError("deep");
            }
            throw new IllegalStateException("broken");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "exception"})
    void aBugOfOursIsOneLineAndExit70(String what) {
        CommandLine commandLine = Main.commandLine().addSubcommand(new Failing());
        assertEquals(ExitCodes.INTERNAL, Main.execute(commandLine, List.of("fail", what)));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().startsWith("wordbench: internal error: java.lang."), stderr());
        assertTrue(stderr().contains("(run with -Dwordbench.debug=true for the stack trace)"), stderr());
    }

    @Test
    void completionScriptKnowsEveryCommandAndOption() {
        assertEquals(0, run("completion"), stderr());
        assertTrue(stdout().contains("complete -F _complete_wordbench"), "a bash completion function");
        for (CommandLine command : Main.commandLine().getSubcommands().values()) {
            assertTrue(stdout().contains(command.getCommandName()), command.getCommandName());
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertTrue(stdout().contains(option.longestName()), command.getCommandName() + " " + option.longestName());
            }
        }
    }

    @Test
    void versionSaysTheProjectVersionAndTheCommitTheBuildRecorded() throws IOException {
        Properties info = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(BuildInfo.RESOURCE)) {
            assertTrue(in != null, "the build writes " + BuildInfo.RESOURCE);
            info.load(in);
        }
        assertTrue(info.getProperty("version").matches("\\d+\\.\\d+\\.\\d+.*"), info.toString());
        assertTrue(info.getProperty("commit").matches("[0-9a-f]{12}(-dirty)?|unknown"), info.toString());
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"count", "--version"})) {
            out.reset();
            assertEquals(0, run(args), stderr());
            assertEquals("wordbench " + info.getProperty("version") + " (git commit " + info.getProperty("commit") + ")",
                    stdout().lines().findFirst().orElse(""));
        }
    }
}
