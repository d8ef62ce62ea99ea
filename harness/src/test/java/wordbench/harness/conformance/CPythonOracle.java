package wordbench.harness.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import wordbench.harness.core.Corpus;

/**
 * Asks python3 (CPython 3.11, the oracle) for the answers to many cases in ONE process, through
 * {@code make_golden.py expect}. Says why, rather than failing, when there is no such python3.
 */
final class CPythonOracle {

    /** make_golden.py's exit status for "this is not CPython 3.11". */
    private static final int WRONG_PYTHON = 3;

    /** One question: the top {@code n} of {@code files}, answered into {@code answer}. */
    record Question(Path answer, int n, List<Path> files) {
    }

    /** Either every answer file is written, or {@code unavailableReason} says why python3 could not be asked. */
    record Outcome(String unavailableReason) {
        boolean answered() {
            return unavailableReason == null;
        }
    }

    private CPythonOracle() {
    }

    static Path script() {
        return Corpus.home().resolve("harness/src/test/python/make_golden.py");
    }

    static Outcome ask(List<Question> questions, Path workDir) throws IOException, InterruptedException {
        Path manifest = workDir.resolve("manifest.tsv");
        List<String> lines = new ArrayList<>();
        for (Question q : questions) {
            lines.add(q.answer() + "\t" + q.n() + "\t"
                    + q.files().stream().map(Path::toString).collect(Collectors.joining("\t")));
        }
        Files.write(manifest, lines, StandardCharsets.UTF_8);
        Process process;
        try {
            process = new ProcessBuilder("python3", script().toString(), "expect", manifest.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Outcome("python3 (CPython 3.11, the oracle) cannot be started: " + e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("python3 make_golden.py expect did not finish in 5 minutes");
        }
        if (process.exitValue() == WRONG_PYTHON) {
            return new Outcome(output);
        }
        if (process.exitValue() != 0) {
            throw new IOException("python3 make_golden.py expect failed (exit " + process.exitValue() + "): " + output);
        }
        return new Outcome(null);
    }
}
