package wordbench.impls.cpython;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import wordbench.spi.PythonWordRule;
import wordbench.spi.ResourceText;

/**
 * One CPython process that answers requests over its stdin and stdout, kept between calls so a
 * count pays for a pipe round trip, not for starting Python. The protocol is in {@code worker.py};
 * this side sends a frame and waits for the answer with a time limit. A worker that dies, or does
 * not answer in time, is stopped: the call fails with a message saying so, and the next call
 * starts a new worker. A worker found dead between calls is replaced silently.
 *
 * <p>The worker's three Python files travel on its command line ({@code python3 -I -c BOOTSTRAP
 * PYTHON_WORD_RULE TOP_WORDS WORKER}), so nothing is written to disk.
 */
final class CPythonWorker implements AutoCloseable {

    /** Environment variable naming the CPython to run; else {@code python3} on the PATH. */
    static final String PYTHON_VARIABLE = "WORDBENCH_PYTHON";
    static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** A reply larger than this is a broken stream, not an answer. */
    private static final int MAX_FRAME = 1 << 30;
    private static final int STDERR_TAIL = 2000;

    /** Runs python_word_rule.py and top_words.py as the module top_words, then worker.py as the main program. */
    private static final String BOOTSTRAP = String.join("\n",
            "import sys, types",
            "module = types.ModuleType('top_words')",
            "exec(compile(sys.argv[1], 'python_word_rule.py', 'exec'), module.__dict__)",
            "exec(compile(sys.argv[2], 'top_words.py', 'exec'), module.__dict__)",
            "sys.modules['top_words'] = module",
            "exec(compile(sys.argv[3], 'worker.py', 'exec'), {'__name__': '__main__'})");

    /** What the caller does with a freshly started worker before its first request (e.g. load a library). */
    interface Setup {
        void prepare(CPythonWorker worker) throws IOException;
    }

    /** A frame read from the worker, or the reason there will be none. */
    private record Reply(byte[] body, IOException end) {
    }

    private final String python;
    private final Setup setup;
    private Process process;
    private OutputStream requests;
    private BlockingQueue<Reply> replies;
    private StringBuilder stderrTail;
    private String hello;

    CPythonWorker(String python, Setup setup) {
        this.python = python;
        this.setup = setup;
    }

    /** The interpreter {@value #PYTHON_VARIABLE} names, else {@code python3} (found on the PATH). */
    static String configuredPython() {
        String named = System.getenv(PYTHON_VARIABLE);
        return named == null || named.isBlank() ? "python3" : named;
    }

    String python() {
        return python;
    }

    /**
     * Starts the worker unless it is running, and returns what it said first:
     * "implementation version unicode-version", e.g. {@code CPython 3.11.7 14.0.0}.
     */
    synchronized String start() throws IOException {
        if (process != null && process.isAlive()) {
            return hello;
        }
        stop();
        List<String> command = new ArrayList<>(List.of(python, "-I", "-c", BOOTSTRAP,
                PythonWordRule.pythonSource(), TopWordsScript.source(), ResourceText.of(CPythonWorker.class, "worker.py")));
        Process started;
        try {
            started = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + python + "' (set " + PYTHON_VARIABLE
                    + " to a CPython 3.11): " + e.getMessage(), e);
        }
        process = started;
        requests = started.getOutputStream();
        replies = new LinkedBlockingQueue<>();
        stderrTail = new StringBuilder();
        daemon("cpython-worker-replies", () -> readReplies(started.getInputStream(), replies));
        daemon("cpython-worker-stderr", () -> keepTail(started.getErrorStream(), stderrTail));
        byte[] first = await(START_TIMEOUT, "start");
        if (first.length == 0 || first[0] != 'H') {
            stop();
            throw new IOException("'" + python + "' is not a wordbench worker: its first message was not a greeting");
        }
        hello = new String(first, 1, first.length - 1, StandardCharsets.US_ASCII);
        try {
            setup.prepare(this);
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
        return hello;
    }

    /**
     * Sends one request and returns the worker's reply. A worker found dead is replaced first.
     *
     * @throws IOException when the worker dies or does not answer within {@code timeout}: it is
     *                     stopped, and the next call starts a new one
     */
    synchronized byte[] call(byte[] request, Duration timeout) throws IOException {
        start();
        try {
            byte[] frame = ByteBuffer.allocate(4 + request.length).putInt(request.length).put(request).array();
            requests.write(frame);
            requests.flush();
        } catch (IOException e) {
            throw failed("could not take the request (" + e.getMessage() + ")");
        }
        return await(timeout, "answer");
    }

    private byte[] await(Duration timeout, String what) throws IOException {
        Reply reply;
        try {
            reply = replies.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new InterruptedIOException("interrupted while waiting for the CPython worker; it was stopped");
        }
        if (reply == null) {
            stop();
            throw new IOException("the CPython worker (" + python + ") did not " + what + " within "
                    + timeout.toSeconds() + " s; it was stopped and the next call starts a new one");
        }
        if (reply.body() == null) {
            throw failed("ended (" + reply.end().getMessage() + ")");
        }
        return reply.body();
    }

    /** Stops the broken worker and says what became of it, with the last thing it printed. */
    private IOException failed(String what) {
        Process gone = process;
        String status = "";
        try {
            if (gone != null && gone.waitFor(2, TimeUnit.SECONDS)) {
                int exit = gone.exitValue();
                status = exit > 128 ? ", killed by signal " + (exit - 128) : ", exit status " + exit;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String said = lastLine();
        stop();
        return new IOException("the CPython worker (" + python + ") " + what + status
                + (said.isEmpty() ? "" : ": " + said) + "; the next call starts a new one");
    }

    private String lastLine() {
        StringBuilder tail = stderrTail;
        if (tail == null) {
            return "";
        }
        synchronized (tail) {
            String text = tail.toString().strip();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
    }

    /** The worker's process id while it runs (for tests that stop or kill it). */
    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("no worker running");
        }
        return process.pid();
    }

    /** Ends the worker: its stdin is closed (it exits on end of input), then it is killed if still there. */
    synchronized void stop() {
        Process running = process;
        process = null;
        hello = null;
        if (running == null) {
            return;
        }
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!running.waitFor(200, TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void readReplies(InputStream from, BlockingQueue<Reply> to) {
        try (DataInputStream in = new DataInputStream(from)) {
            while (true) {
                int size = in.readInt();
                if (size < 0 || size > MAX_FRAME) {
                    to.add(new Reply(null, new IOException("sent a frame of " + Integer.toUnsignedString(size) + " bytes")));
                    return;
                }
                byte[] body = new byte[size];
                in.readFully(body);
                to.add(new Reply(body, null));
            }
        } catch (EOFException e) {
            to.add(new Reply(null, new IOException("closed its output")));
        } catch (IOException e) {
            to.add(new Reply(null, e));
        }
    }

    private static void keepTail(InputStream from, StringBuilder tail) {
        byte[] buffer = new byte[4096];
        try (from) {
            for (int read; (read = from.read(buffer)) >= 0; ) {
                synchronized (tail) {
                    tail.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    if (tail.length() > STDERR_TAIL) {
                        tail.delete(0, tail.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone; what it said is kept
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Builds a request body: an op byte, then big-endian fields. */
    static final class Request {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Request(char op) {
            out.write(op);
        }

        Request u32(int value) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
            return this;
        }

        Request bytes(byte[] value) {
            out.writeBytes(value);
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
