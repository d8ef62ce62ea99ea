package wordbench.impls.cpython;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import wordbench.spi.Availability;
import wordbench.spi.BoundaryProbe;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PathBytes;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/**
 * What both CPython strategies do on the Java side: keep one worker per instance, check it is
 * CPython 3.11 with Unicode 14.0.0 (the oracle itself), send the paths, decode the answer into the
 * SPI's result or the same exception every other strategy throws.
 */
abstract class WorkerCounter implements WordCounter, BoundaryProbe {

    static final String REQUIRED_VERSION = "3.11";
    static final String REQUIRED_UNICODE = "14.0.0";
    private static final int ENOENT = 2;
    /**
     * A count may take this long plus {@link #SECONDS_PER_MEGABYTE} before the worker counts as
     * hung. CPython counts about 15 MB/s here; a second per megabyte leaves a slow machine room.
     */
    private static final Duration BASE_TIMEOUT = Duration.ofSeconds(30);
    private static final double SECONDS_PER_MEGABYTE = 1.0;

    private final char countOp;
    final CPythonWorker worker;
    private final Duration baseTimeout;
    private Availability availability;

    WorkerCounter(char countOp, CPythonWorker.Setup setup, String python, Duration baseTimeout) {
        this.countOp = countOp;
        this.worker = new CPythonWorker(python, setup);
        this.baseTimeout = baseTimeout;
    }

    WorkerCounter(char countOp, CPythonWorker.Setup setup) {
        this(countOp, setup, CPythonWorker.configuredPython(), BASE_TIMEOUT);
    }

    /** Starts the worker (kept for the counts that follow) and checks it is the oracle's interpreter. */
    @Override
    public Availability availability() {
        if (availability == null) {
            availability = check();
        }
        return availability;
    }

    private Availability check() {
        String hello;
        try {
            hello = worker.start();
        } catch (IOException e) {
            return Availability.unavailable(e.getMessage());
        }
        String[] said = hello.split(" ");
        boolean version = said.length == 3 && said[0].equals("CPython")
                && (said[1].equals(REQUIRED_VERSION) || said[1].startsWith(REQUIRED_VERSION + "."));
        if (!version || !said[2].equals(REQUIRED_UNICODE)) {
            worker.stop();
            return Availability.unavailable("'" + worker.python() + "' is " + hello.replaceFirst(" (\\S+)$", " (Unicode $1)")
                    + ", not CPython " + REQUIRED_VERSION + " (Unicode " + REQUIRED_UNICODE + "); set "
                    + CPythonWorker.PYTHON_VARIABLE + " to one");
        }
        return Availability.AVAILABLE;
    }

    @Override
    public final TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        requireSizes(files);
        requireAvailable();
        CPythonWorker.Request request = new CPythonWorker.Request(countOp).u32(n).u32(files.size());
        long bytes = 0;
        for (Path file : files) {
            // The OS's bytes: a name that is not text in the JVM's charset still opens in Python.
            byte[] name = PathBytes.of(file);
            request.u32(name.length).bytes(name);
            bytes += sizeOrZero(file);
        }
        Duration timeout = baseTimeout.plusMillis((long) (bytes / 1e6 * SECONDS_PER_MEGABYTE * 1000));
        return decode(worker.call(request.toByteArray(), timeout), files);
    }

    /** Refuses files too large for the worker before any is sent; the Rust core streams, so nothing by default. */
    void requireSizes(List<Path> files) throws IOException {
    }

    /** One empty request and its answer: what the pipe and the worker's request loop add to every count. */
    @Override
    public void emptyRequest() throws IOException {
        requireAvailable();
        byte[] reply = worker.call(new CPythonWorker.Request('p').toByteArray(), BASE_TIMEOUT);
        if (reply.length != 1 || reply[0] != 'K') {
            throw failure(reply);
        }
    }

    void requireAvailable() {
        Availability available = availability();
        if (!available.available()) {
            throw new IllegalStateException(name() + " is unavailable: " + available.reason());
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the worker reports the file's problem
        }
    }

    /** The reply of a count: the answer, or the exception any strategy throws for that input. */
    private TopWords decode(byte[] reply, List<Path> files) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(reply);
        switch (in.get()) {
            case 'K' -> {
                int size = in.getInt();
                List<WordCount> entries = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    byte[] word = new byte[in.getInt()];
                    in.get(word);
                    entries.add(new WordCount(new String(word, StandardCharsets.UTF_8), in.getLong()));
                }
                return new TopWords(entries);
            }
            case 'U' -> {
                Path file = files.get(in.getInt());
                throw new InvalidUtf8Exception(file, in.getLong());
            }
            case 'F' -> {
                Path file = files.get(in.getInt());
                int errno = in.getInt();
                String why = rest(in);
                if (errno == ENOENT) {
                    throw new NoSuchFileException(file.toString());
                }
                throw new IOException(file + ": " + why);
            }
            // The Rust core counted, but a word of the answer is longer than a Java String can take.
            case 'L' -> throw new IOException(name() + ": " + rest(in));
            default -> throw failure(reply);
        }
    }

    /** An {@code 'X'} reply (or anything unexpected) as an exception naming this strategy. */
    IllegalStateException failure(byte[] reply) {
        String text = reply.length > 0 && reply[0] == 'X'
                ? new String(reply, 1, reply.length - 1, StandardCharsets.UTF_8)
                : "unexpected reply '" + (reply.length == 0 ? "" : (char) reply[0]) + "'";
        return new IllegalStateException(name() + ": the CPython worker failed: " + text);
    }

    private static String rest(ByteBuffer in) {
        byte[] text = new byte[in.remaining()];
        in.get(text);
        return new String(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        worker.close();
        availability = null;
    }
}
