package wordbench.impls.java;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;
import wordbench.spi.StrategyTraits;

/**
 * Single-threaded and byte-oriented: each file is read a 64 KiB window at a time (one reused array) and scanned by a
 * {@link WordScanner} into a {@link WordTable} (no String per word, an ASCII fast path, the exact
 * CPython rule for everything else); Strings are made only for top-N candidates. The table and
 * buffers are kept between calls, so a call allocates little beyond its result, and memory stays
 * bounded by the distinct words, not the input size.
 */
@MetaInfServices(WordCounter.class)
public final class JavaFastCounter implements WordCounter {
    private final int windowBytes;
    private WordScanner scanner;

    public JavaFastCounter() {
        this(WordScanner.DEFAULT_WINDOW_BYTES);
    }

    /** For tests: a tiny window puts window ends inside words, sequences and sigma contexts. */
    JavaFastCounter(int windowBytes) {
        this.windowBytes = windowBytes;
    }

    @Override
    public String name() {
        return "java-fast";
    }

    @Override
    public StrategyTraits traits() {
        return JavaTraits.jvm(50).streamingInput().countingInKeyedTable();
    }

    @Override
    public String description() {
        return "Java: bytes read in windows, ASCII fast path, own open-addressing table over byte slices";
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        if (scanner == null) {
            scanner = new WordScanner(new WordTable(), windowBytes);
        }
        WordTable table = scanner.table();
        table.clear();
        for (Path file : files) {
            try (Arena arena = Arena.ofConfined(); MappedText text = MappedText.open(file, arena)) {
                scanner.scan(text, 0, text.size());
                text.requireUnchanged();
            }
        }
        return table.top(n);
    }

    /** Lets go of the word table and buffers (after 10M distinct words, over a GiB of heap). */
    @Override
    public void close() {
        scanner = null;
    }
}
