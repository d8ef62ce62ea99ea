package wordbench.harness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.FloodText;

/**
 * Where a benchmark finds its input. JMH forks inherit the working directory but not the
 * runner's state, so the pipeline hands ABSOLUTE paths to every fork as system properties;
 * without them (JMH run by hand through {@code wordbench jmh}) the repository's verified
 * {@code data/big.txt} is used and the copies go to {@code harness/target/bench-input}.
 */
public final class BenchInput {

    /** The one-copy text (big.txt, verified by the runner; a tiny generated text in the smoke test). */
    public static final String TEXT_PROPERTY = "wordbench.bench.text";
    /** Where the "N copies" files live (made by the runner before any fork starts). */
    public static final String COPIES_DIR_PROPERTY = "wordbench.bench.copiesDir";
    /** The value of the {@code input} parameter for Norvig's big.txt (and its copies). */
    public static final String BIG = "big.txt";

    private BenchInput() {
    }

    /**
     * The value of the {@code input} parameter for the adversarial text ({@link FloodText}: big.txt's
     * size, words crafted to collide under the fast tables' old unkeyed hashes), one copy only.
     */
    public static final String FLOOD = "flood";

    /** The file holding {@code copies} copies of the named input. */
    public static Path file(String input, int copies) {
        if (FLOOD.equals(input) && copies == 1) {
            try {
                return FloodText.file(copiesDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the flood input: " + e.getMessage(), e);
            }
        }
        if (!BIG.equals(input)) {
            throw new IllegalArgumentException("no benchmark input named '" + input + "' with " + copies
                    + " copies; known: " + BIG + ", " + FLOOD + " (1 copy)");
        }
        return file(copies);
    }

    /** The file holding {@code copies} copies of the text. */
    public static Path file(int copies) {
        try {
            return Corpus.copies(text(), copies, copiesDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the " + copies + "-copies input: " + e.getMessage(), e);
        }
    }

    /** The JVM options that tell a fork where the input is. */
    public static List<String> forkOptions(Path text, Path copiesDir) {
        return List.of("-D" + TEXT_PROPERTY + "=" + text.toAbsolutePath(),
                "-D" + COPIES_DIR_PROPERTY + "=" + copiesDir.toAbsolutePath());
    }

    /** Sets the same in this JVM, for runs with no fork (the smoke test). */
    public static void setInThisJvm(Path text, Path copiesDir) {
        System.setProperty(TEXT_PROPERTY, text.toAbsolutePath().toString());
        System.setProperty(COPIES_DIR_PROPERTY, copiesDir.toAbsolutePath().toString());
    }

    /** Where the pipeline keeps the copies by default. */
    public static Path defaultCopiesDir(Path home) {
        return home.resolve("harness").resolve("target").resolve("bench-input");
    }

    private static Path text() throws IOException {
        String value = System.getProperty(TEXT_PROPERTY);
        return value == null || value.isBlank() ? Corpus.bigTxt(Corpus.home()) : Path.of(value);
    }

    private static Path copiesDir() {
        String value = System.getProperty(COPIES_DIR_PROPERTY);
        return value == null || value.isBlank() ? defaultCopiesDir(Corpus.home()) : Path.of(value);
    }
}
