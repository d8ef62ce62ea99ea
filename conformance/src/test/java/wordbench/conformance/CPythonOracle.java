package wordbench.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import wordbench.spi.WordCount;

/**
 * The one way tests talk to CPython, the oracle: {@code python3} (or the interpreter the
 * environment variable {@code WORDBENCH_PYTHON} names, as for the cpython strategy)
 * running {@code conformance/python/cpython_oracle.py}. The one version check is that script's: the
 * oracle is CPython 3.11 with Unicode 14.0.0, exactly the Python the goldens and the word rule's
 * tables came from. On any other Python the tests that need it are skipped, saying why (CI's
 * {@code .ci/run} makes sure it is there).
 */
public final class CPythonOracle {

    /** The exit status cpython_oracle.py uses for "this python is not the oracle". */
    private static final int WRONG_PYTHON = 3;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(5);
    /** For {@link Question#n()}: every word. */
    public static final int ALL = Integer.MAX_VALUE;

    private static volatile Optional<String> unavailableReason;

    private CPythonOracle() {
    }

    /** The python executable the oracle runs on. */
    public static String python() {
        String named = System.getenv("WORDBENCH_PYTHON");
        return named == null || named.isBlank() ? "python3" : named;
    }

    /** Why the oracle cannot answer here (no python3, or not CPython 3.11 with Unicode 14.0.0); empty when it can. */
    public static Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            reason = check();
            unavailableReason = reason;
        }
        return reason;
    }

    public static boolean available() {
        return unavailableReason().isEmpty();
    }

    /** Skips the calling test, with the reason, unless the oracle is here. */
    public static void assumeAvailable() {
        Optional<String> reason = unavailableReason();
        Assumptions.assumeTrue(reason.isEmpty(), () -> "skipped: " + reason.orElseThrow());
    }

    private static Optional<String> check() {
        Processes.Result result;
        try {
            result = Processes.run(List.of(python(), script().toString(), "check"), CHECK_TIMEOUT);
        } catch (UncheckedIOException e) {
            return Optional.of("the oracle (CPython 3.11) cannot be started as '" + python() + "': " + e.getMessage());
        }
        if (result.exitCode() == WRONG_PYTHON) {
            return Optional.of(result.stderr().strip());
        }
        if (result.exitCode() != 0) {
            return Optional.of("'" + python() + " cpython_oracle.py check' failed (exit " + result.exitCode() + "): "
                    + (result.stderr() + result.stdout()).strip());
        }
        return Optional.empty();
    }

    /** What the talk's expression gives for {@code files} together, top {@code n} ({@link #ALL} for every word). */
    public record Question(List<Path> files, int n) {
        public Question {
            files = List.copyOf(files);
        }
    }

    /** The oracle's answer to one question: the top words, or why the files could not be counted. */
    public sealed interface Answer {
    }

    /** Every answer's entries, in canonical order. */
    public record Top(List<WordCount> entries) implements Answer {
    }

    /** {@code files().get(fileIndex)} is not UTF-8 from {@code byteOffset} on (CPython's UnicodeDecodeError.start). */
    public record InvalidUtf8(int fileIndex, long byteOffset) implements Answer {
    }

    /** {@code files().get(fileIndex)} does not exist. */
    public record Missing(int fileIndex) implements Answer {
    }

    /** One question, one python3 run. */
    public static Answer ask(List<Path> files, int n) {
        return ask(List.of(new Question(files, n))).getFirst();
    }

    /** Many questions in ONE python3 run (starting python3 is the slow part); answers in the same order. */
    public static List<Answer> ask(List<Question> questions) {
        requireAvailable();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("wordbench-oracle-");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                lines.add(dir.resolve(i + ".tsv") + "\t" + (q.n() == ALL ? "all" : Integer.toString(q.n())) + "\t"
                        + q.files().stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\t")));
            }
            Path manifest = dir.resolve("manifest");
            Files.write(manifest, lines, StandardCharsets.UTF_8);
            Processes.run(List.of(python(), script().toString(), "expect", manifest.toString()), ANSWER_TIMEOUT)
                    .requireSuccess();
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                answers.add(read(dir.resolve(i + ".tsv")));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Runs the oracle's python on {@code arguments} (e.g. {@code -c SCRIPT}) for a question the
     * talk's expression does not cover, such as a property of every code point.
     */
    public static Processes.Result run(List<String> arguments, Duration timeout) {
        requireAvailable();
        List<String> command = new ArrayList<>(List.of(python()));
        command.addAll(arguments);
        return Processes.run(command, timeout).requireSuccess();
    }

    private static void requireAvailable() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("the oracle is unavailable (call assumeAvailable() first): " + reason);
        });
    }

    private static Answer read(Path tsv) throws IOException {
        Path error = tsv.resolveSibling(tsv.getFileName() + ".error");
        if (Files.exists(error)) {
            String[] f = Files.readString(error, StandardCharsets.US_ASCII).strip().split("\t");
            return switch (f[0]) {
                case "invalid-utf8" -> new InvalidUtf8(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                case "missing" -> new Missing(Integer.parseInt(f[1]));
                default -> throw new IllegalStateException("cpython_oracle.py wrote an unknown error: " + String.join(" ", f));
            };
        }
        return new Top(ConformanceFiles.readTsv(tsv));
    }

    static Path script() {
        return ConformanceFiles.root().resolve("python").resolve("cpython_oracle.py");
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
