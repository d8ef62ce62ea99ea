package wordbench.impls.java;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kohsuke.MetaInfServices;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * java-fast on several threads: each file is opened (and mapped) once and cut into one range per
 * thread, each range is counted by its own {@link WordScanner} into its own {@link WordTable},
 * and the tables are merged before the top N are selected.
 *
 * <p>Ranges are cut only just before an ASCII byte that is not a word byte, so no word and no
 * UTF-8 sequence is split. The final-sigma context is read from the whole mapped file, not the
 * range, so where the cut falls never changes how a capital sigma lowers. When several ranges
 * hold invalid UTF-8, the error reported is the one with the lowest offset, as in a serial scan.
 *
 * <p><b>Thread count</b>, for charting thread scaling: {@link #ParallelJavaCounter(int)} fixes it;
 * the no-argument constructor (the one ServiceLoader uses) reads the system property
 * {@value #THREADS_PROPERTY} at each {@link #count} call, e.g. {@code -Dwordbench.threads=1},
 * and uses {@link Runtime#availableProcessors()} when it is not set. Files smaller than
 * {@value #DEFAULT_MIN_PART_BYTES} bytes per thread get fewer threads.
 */
@MetaInfServices(WordCounter.class)
public final class ParallelJavaCounter implements WordCounter {
    /** System property holding the thread count, read when no count was given to the constructor. */
    public static final String THREADS_PROPERTY = "wordbench.threads";
    static final int DEFAULT_MIN_PART_BYTES = 1 << 18;

    private final int fixedThreads;
    private final int minPartBytes;
    private final int windowBytes;
    private WordScanner[] scanners = new WordScanner[0];
    private ExecutorService pool;

    /** As many threads as {@value #THREADS_PROPERTY} says, else one per available processor. */
    public ParallelJavaCounter() {
        this(0, DEFAULT_MIN_PART_BYTES, WordScanner.DEFAULT_WINDOW);
    }

    /** Exactly {@code threads} threads (for files large enough to give each one a part). */
    public ParallelJavaCounter(int threads) {
        this(requirePositive(threads, "threads"), DEFAULT_MIN_PART_BYTES, WordScanner.DEFAULT_WINDOW);
    }

    /** For tests: small parts and windows put range and window ends anywhere. */
    ParallelJavaCounter(int threads, int minPartBytes, int windowBytes) {
        this.fixedThreads = threads;
        this.minPartBytes = requirePositive(minPartBytes, "minPartBytes");
        this.windowBytes = windowBytes;
    }

    private static int requirePositive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be a positive integer, not " + value);
        }
        return value;
    }

    @Override
    public String name() {
        return "java-parallel";
    }

    @Override
    public String description() {
        return "Java: java-fast on one range per thread (-D" + THREADS_PROPERTY + "=N, default all cores), tables merged";
    }

    /** The thread count the next {@link #count} call will use. */
    public int threads() {
        if (fixedThreads > 0) {
            return fixedThreads;
        }
        String property = System.getProperty(THREADS_PROPERTY);
        if (property == null || property.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            return requirePositive(Integer.parseInt(property.trim()), "-D" + THREADS_PROPERTY);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + THREADS_PROPERTY + " must be a positive integer, not '" + property + "'");
        }
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        CountRequest.check(files, n);
        prepare(threads());
        for (Path file : files) {
            try (Arena arena = Arena.ofShared(); MappedText text = MappedText.open(file, arena)) {
                countFile(text);
            }
        }
        WordTable merged = scanners[0].table();
        for (int k = 1; k < scanners.length; k++) {
            merged.addAll(scanners[k].table());
        }
        return merged.top(n);
    }

    /** Sizes the scanners and the pool for {@code threads} (kept between calls) and empties the tables. */
    private void prepare(int threads) {
        if (scanners.length != threads) {
            close();
            scanners = new WordScanner[threads];
            for (int k = 0; k < threads; k++) {
                scanners[k] = new WordScanner(new WordTable(), windowBytes);
            }
            if (threads > 1) {
                pool = Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, "java-parallel-worker");
                    thread.setDaemon(true);
                    return thread;
                });
            }
        }
        for (WordScanner scanner : scanners) {
            scanner.table().clear();
        }
    }

    private void countFile(MappedText text) throws IOException {
        long[] bounds = split(text, scanners.length);
        if (bounds.length == 2) {
            scanners[0].scan(text, 0, text.size());
            return;
        }
        List<Callable<Void>> parts = new ArrayList<>(bounds.length - 1);
        for (int k = 0; k + 1 < bounds.length; k++) {
            WordScanner scanner = scanners[k];
            long from = bounds[k];
            long to = bounds[k + 1];
            parts.add(() -> {
                scanner.scan(text.view(), from, to);
                return null;
            });
        }
        List<Future<Void>> done;
        try {
            done = pool.invokeAll(parts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting " + text.file());
        }
        rethrowFirstFailure(done);
    }

    /**
     * Part boundaries {@code 0 = b0 <= b1 <= ... = size}: each inner one is moved forward from an
     * equal share to the next ASCII non-word byte. Fewer parts than threads for small files.
     */
    private long[] split(MappedText text, int threads) {
        long size = text.size();
        int parts = (int) Math.max(1, Math.min(threads, size / minPartBytes));
        long[] bounds = new long[parts + 1];
        for (int k = 1; k < parts; k++) {
            long at = Math.max(size / parts * k, bounds[k - 1]);
            while (at < size && !WordScanner.isAsciiNonWord(text.byteAt(at))) {
                at++;
            }
            bounds[k] = at;
        }
        bounds[parts] = size;
        return bounds;
    }

    /** Rethrows a part's failure; of several invalid-UTF-8 reports, the earliest in the file. */
    private static void rethrowFirstFailure(List<Future<Void>> done) throws IOException {
        InvalidUtf8Exception earliest = null;
        for (Future<Void> part : done) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while counting");
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case InvalidUtf8Exception invalid -> {
                        if (earliest == null || invalid.byteOffset() < earliest.byteOffset()) {
                            earliest = invalid;
                        }
                    }
                    case IOException io -> throw io;
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    default -> throw new IOException(e.getCause());
                }
            }
        }
        if (earliest != null) {
            throw earliest;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        scanners = new WordScanner[0];
    }
}
