package wordbench.harness.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. {@link PrintStream} swallows write errors,
 * so without this {@code wordbench count big.txt > /dev/full} would say nothing and exit 0. A
 * reader that stops early ({@code | head -1}) closes the pipe: that is the reader's choice, not
 * an error, and ends the output silently. After a failure the rest of the output is dropped.
 */
final class CheckedOutput extends OutputStream {

    private final OutputStream out;
    private IOException failure;

    CheckedOutput(OutputStream raw) {
        this.out = new BufferedOutputStream(raw, 1 << 16);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (failure != null) {
            return;
        }
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * The exit code after the command's own {@code code}: unchanged when every write succeeded
     * or the reader closed the pipe; otherwise {@link ExitCodes#INPUT} (when the command had
     * succeeded), with one line on {@code err} saying why.
     */
    int exitCode(int code, PrintStream err) {
        if (failure == null || closedPipe(failure)) {
            return code;
        }
        err.println("wordbench: cannot write to standard output: "
                + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
        return code == ExitCodes.OK ? ExitCodes.INPUT : code;
    }

    /** EPIPE, which Linux and macOS both word "Broken pipe" (the JVM ignores SIGPIPE). */
    static boolean closedPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
    }
}
