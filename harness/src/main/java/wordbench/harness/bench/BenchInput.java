package wordbench.harness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    /** The adversarial text ({@link FloodText}): words crafted to collide under unkeyed hashes. */
    public static final String FLOOD = "flood";
    /** Its control: as many random words, repeated the same way, the same size. */
    public static final String FLOOD_CONTROL = "flood-control";
    /** The inputs besides big.txt, timed on one copy: how a strategy copes with a hostile text. */
    public static final List<String> ADVERSARIAL = List.of(FLOOD, FLOOD_CONTROL);

    private BenchInput() {
    }

    /** The file holding {@code copies} copies of the named input. */
    public static Path file(String input, int copies) {
        if (BIG.equals(input)) {
            return file(copies);
        }
        if (!ADVERSARIAL.contains(input) || copies != 1) {
            throw new IllegalArgumentException("no benchmark input named '" + input + "' at " + copies
                    + " copies; known: " + BIG + " (any copies), " + String.join(", ", ADVERSARIAL) + " (1 copy)");
        }
        try {
            return adversarial(input, copiesDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the " + input + " input: " + e.getMessage(), e);
        }
    }

    /** The flood text or its control in {@code dir}, written on first use (deterministic for the seed). */
    public static Path adversarial(String input, Path dir) throws IOException {
        if (input.equals(FLOOD)) {
            return FloodText.file(dir);
        }
        Path file = dir.resolve("flood-control-" + FloodText.SEED + ".txt");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "flood-control-", ".partial");
            FloodText.write(partial, FloodText.SEED, false);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
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
