package wordbench.harness.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as a file. Every strategy reads files (some map them, some hand the path to
 * Rust), so the text on standard input is copied to a temporary file first; closing this
 * deletes it, and it is also deleted when the JVM exits (Ctrl-C included) if closing never came.
 */
final class StandardInput implements AutoCloseable {

    /** Set by the launcher from {@code [ -t 0 ]}: the one test that tells a terminal from /dev/null. */
    static final String TERMINAL_PROPERTY = "wordbench.stdin.terminal";

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;

    private final Path file;

    private StandardInput(Path file) {
        this.file = file;
    }

    /** The spool file; valid until {@link #close()}. */
    Path file() {
        return file;
    }

    /** Copies {@code System.in} to a new temporary file. */
    static StandardInput spool() throws IOException {
        Path file = Files.createTempFile("wordbench-stdin-", ".txt");
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            System.in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new IOException("cannot copy standard input to " + file + ": " + Errors.describe(e), e);
        }
        return new StandardInput(file);
    }

    /**
     * Whether standard input is a terminal (a person typing, not text to count). The launcher
     * knows for sure and passes {@value #TERMINAL_PROPERTY}; without it, a character device
     * (a terminal, or /dev/null) counts as a terminal, so wordbench asks for a PATH rather than
     * wait on the keyboard; a pipe or a file does not. {@code System.console()} cannot tell: it
     * looks at standard output too.
     */
    static boolean isTerminal() {
        String said = System.getProperty(TERMINAL_PROPERTY);
        if (said != null && !said.isBlank()) {
            return Boolean.parseBoolean(said.strip());
        }
        try {
            Object mode = Files.getAttribute(Path.of("/dev/stdin"), "unix:mode");
            return mode instanceof Integer bits && (bits & S_IFMT) == S_IFCHR;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
