package wordbench.harness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import wordbench.harness.core.Corpus;

/**
 * Where a benchmark finds its input. JMH forks inherit the working directory but not the
 * runner's state, so the runner hands ABSOLUTE paths to every fork as system properties.
 */
public final class BenchInput {

    /** The one-copy text (big.txt, verified by the runner; a tiny generated text in the smoke test). */
    public static final String TEXT_PROPERTY = "wordbench.bench.text";
    /** Where the "N copies" files live (made by the runner before any fork starts). */
    public static final String COPIES_DIR_PROPERTY = "wordbench.bench.copiesDir";

    private BenchInput() {
    }

    /** The file holding {@code copies} copies of the text. */
    public static Path file(int copies) {
        try {
            return Corpus.copies(required(TEXT_PROPERTY), copies, required(COPIES_DIR_PROPERTY));
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

    private static Path required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the benchmarks through `wordbench bench`, which sets it");
        }
        return Path.of(value);
    }
}
