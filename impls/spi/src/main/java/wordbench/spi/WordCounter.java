package wordbench.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One way of doing wordbench's single job: read UTF-8 text, split it into words by the
 * {@linkplain PythonWordRule CPython word rule}, and return the N most common.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: annotate the class with
 * {@code @MetaInfServices(WordCounter.class)} and give it a public no-argument constructor.
 * Construction must be cheap and must not fail; report a missing runtime piece through
 * {@link #availability()} instead. An instance may hold expensive state (an interpreter, a native
 * library), which {@link #close()} releases. Instances are used by one thread at a time.
 *
 * <p>Several files are several texts: their counts are added up, and no word (nor the
 * final-sigma context) runs from the end of one file into the next.
 */
public interface WordCounter extends AutoCloseable {

    /** Stable short name used on the command line, in results and in charts, e.g. {@code java-hashmap}. */
    String name();

    /** One line saying what this strategy is, for {@code wordbench list}. */
    String description();

    /**
     * What the harness needs to know to run, time and chart this strategy (its runtime, warm-up,
     * parallelism, extra fork options, baseline eligibility, default order). Constant for an instance.
     */
    StrategyTraits traits();

    /** Whether this strategy can run here, and if not, why (checked before every use). */
    default Availability availability() {
        return Availability.AVAILABLE;
    }

    /**
     * The {@code n} most common words over all {@code files}, in {@link TopWords canonical order}.
     *
     * @throws InvalidUtf8Exception  when a file is not valid UTF-8 (nothing is replaced silently)
     * @throws java.nio.file.NoSuchFileException when a file does not exist
     * @throws IOException           for any other read failure
     * @throws IllegalArgumentException when {@code n < 1} or {@code files} is empty
     */
    TopWords count(List<Path> files, int n) throws IOException;

    @Override
    default void close() {
    }

    /**
     * The argument checks of {@link #count}'s contract, shared so every strategy rejects the same
     * requests with the same words: no files, or {@code n < 1}.
     */
    static void requireValidRequest(List<Path> files, int n) {
        java.util.Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files given");
        }
        if (n < 1) {
            throw new IllegalArgumentException("N must be a positive integer, not " + n);
        }
    }
}
