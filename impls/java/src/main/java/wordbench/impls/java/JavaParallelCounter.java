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
import java.util.concurrent.atomic.AtomicInteger;
import org.kohsuke.MetaInfServices;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;
import wordbench.spi.StrategyTraits;
import wordbench.spi.ThreadCount;

/**
 * java-fast on several threads: the files are opened (and mapped) {@value #FILES_AT_ONCE} at a time and cut into parts, the threads
 * take parts from a shared queue, each counting with its own {@link WordScanner} into its own
 * {@link WordTable}, and the tables are merged before the top N are selected. Small files are
 * parts of their own, so many small files are counted in parallel too.
 *
 * <p>Parts are cut only just before an ASCII byte that is not a word byte, so no word and no
 * UTF-8 sequence is split. The final-sigma context is read from the whole mapped file, not the
 * part, so where a cut falls never changes how a capital sigma lowers. When several parts hold
 * invalid UTF-8, the error reported is the first in file and offset order, as in a serial count.
 *
 * <p><b>Thread count</b>, for charting thread scaling: {@link #JavaParallelCounter(int)} fixes it;
 * the no-argument constructor (the one ServiceLoader uses) reads the system property
 * {@value ThreadCount#PROPERTY} at each {@link #count} call, e.g. {@code -Dwordbench.threads=1},
 * and uses {@link Runtime#availableProcessors()} when it is not set. Files smaller than
 * {@value #DEFAULT_MIN_PART_BYTES} bytes per part are not cut.
 */
@MetaInfServices(WordCounter.class)
public final class JavaParallelCounter implements WordCounter {
    static final int DEFAULT_MIN_PART_BYTES = 1 << 18;
    private static final int PARTS_PER_THREAD = 4;
    /** Files open (and mapped) at once. */
    static final int FILES_AT_ONCE = 64;

    private final int fixedThreads;
    private final int minPartBytes;
    private final int windowBytes;
    private WordScanner[] scanners = new WordScanner[0];
    private ExecutorService pool;

    /** As many threads as {@value ThreadCount#PROPERTY} says, else one per available processor. */
    public JavaParallelCounter() {
        this(0, DEFAULT_MIN_PART_BYTES, WordScanner.DEFAULT_WINDOW_BYTES);
    }

    /** Exactly {@code threads} threads (for files large enough to give each one a part). */
    public JavaParallelCounter(int threads) {
        this(requirePositive(threads, "threads"), DEFAULT_MIN_PART_BYTES, WordScanner.DEFAULT_WINDOW_BYTES);
    }

    /** For tests: small parts and windows put range and window ends anywhere. */
    JavaParallelCounter(int threads, int minPartBytes, int windowBytes) {
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
    public StrategyTraits traits() {
        return JavaTraits.jvm(40).inParallel().streamingInput().countingInKeyedTable();
    }

    @Override
    public String description() {
        return "Java: java-fast on one range per thread (-D" + ThreadCount.PROPERTY + "=N, default all cores), tables merged";
    }

    /** The thread count the next {@link #count} call will use. */
    public int threads() {
        if (fixedThreads > 0) {
            return fixedThreads;
        }
        return ThreadCount.configured();
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        prepare(threads());
        for (int first = 0; first < files.size(); first += FILES_AT_ONCE) {
            countBatch(files.subList(first, Math.min(files.size(), first + FILES_AT_ONCE)));
        }
        WordTable merged = scanners[0].table();
        for (int k = 1; k < scanners.length; k++) {
            merged.addAll(scanners[k].table());
        }
        return merged.top(n);
    }

    /**
     * Opens, counts and closes up to {@value #FILES_AT_ONCE} files: however many files there are,
     * only that many descriptors and mappings are held at once (opening all 25,000 of a folder
     * first ran out of descriptors).
     */
    private void countBatch(List<Path> files) throws IOException {
        List<MappedText> texts = new ArrayList<>(files.size());
        IOException unopened = null;
        try (Arena arena = Arena.ofShared()) {
            try {
                for (Path file : files) {
                    try {
                        texts.add(MappedText.open(file, arena));
                    } catch (IOException e) {
                        // Reported only if the files before it are fine, as a serial count would.
                        unopened = e;
                        break;
                    }
                }
                countParts(split(texts));
                for (MappedText text : texts) {
                    text.requireUnchanged();
                }
            } finally {
                for (MappedText text : texts) {
                    text.close();
                }
            }
        }
        if (unopened != null) {
            throw unopened;
        }
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

    /** A byte range of one file: the unit of work a thread takes from the queue. */
    private record Part(MappedText text, long from, long to) {
    }

    /**
     * Cuts every file into parts, in file and offset order: several per thread for a large file,
     * so that a thread slowed down by anything else on the machine does not hold up the others.
     * Each cut is moved forward from an equal share to the next ASCII non-word byte.
     */
    private List<Part> split(List<MappedText> texts) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (MappedText text : texts) {
            try {
                splitInto(parts, text);
            } catch (InternalError truncated) {
                // The JDK's report of a fault in a mapping: the file was cut short under it.
                throw text.changedWhileReading();
            }
        }
        return parts;
    }

    private void splitInto(List<Part> parts, MappedText text) {
        long size = text.size();
        int count = (int) Math.max(1, Math.min((long) scanners.length * PARTS_PER_THREAD, size / minPartBytes));
        long from = 0;
        for (int k = 1; k <= count; k++) {
            long to = k == count ? size : Math.max(size / count * k, from);
            while (to < size && !WordScanner.isAsciiNonWord(text.byteAt(to))) {
                to++;
            }
            if (to > from) {
                parts.add(new Part(text, from, to));
            }
            from = to;
        }
    }

    /**
     * Counts all parts, each thread into its own scanner's table, taking parts in order from a
     * shared queue. Every part is scanned up to its first failure; the failure of the earliest
     * part is thrown, which is the one a serial scan would have met first.
     */
    private void countParts(List<Part> parts) throws IOException {
        if (scanners.length == 1 || parts.size() <= 1) {
            for (Part part : parts) {
                scanners[0].scan(part.text(), part.from(), part.to());
            }
            return;
        }
        Exception[] failures = new Exception[parts.size()];
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>(scanners.length);
        for (WordScanner scanner : scanners) {
            workers.add(() -> {
                for (int p; (p = next.getAndIncrement()) < failures.length; ) {
                    Part part = parts.get(p);
                    try {
                        scanner.scan(part.text().view(), part.from(), part.to());
                    } catch (IOException | RuntimeException e) {
                        failures[p] = e;
                    }
                }
                return null;
            });
        }
        try {
            for (Future<Void> worker : pool.invokeAll(workers)) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (Exception failure : failures) {
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
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
