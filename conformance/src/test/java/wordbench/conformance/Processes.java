package wordbench.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program for a test, with a timeout that fires. Its output goes to files, not pipes: a
 * child that fills a pipe nobody reads blocks forever, and reading a pipe to its end before
 * {@code waitFor(timeout)} waits for the child to exit, so the timeout could never fire. On timeout
 * the child (and its descendants) are destroyed and the test fails saying what hung.
 */
public final class Processes {

    /** What a finished program left: its exit status, its stdout and its stderr (UTF-8). */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        /** This result, or an AssertionError with the command, the exit status and stderr. */
        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError(String.join(" ", abbreviated(command)) + " failed with exit " + exitCode
                        + (stderr.isBlank() ? "" : ": " + stderr.strip()));
            }
            return this;
        }
    }

    /** The timeout fired: the program was destroyed. */
    public static final class TimeoutException extends AssertionError {
        TimeoutException(List<String> command, Duration timeout, String stderr) {
            super(String.join(" ", abbreviated(command)) + " did not finish in " + timeout + " and was destroyed"
                    + (stderr.isBlank() ? "" : "; its stderr: " + stderr.strip()));
        }
    }

    private Processes() {
    }

    public static Result run(List<String> command, Duration timeout) {
        return run(command, timeout, Map.of());
    }

    /**
     * Runs {@code command} with {@code environment} added to ours and waits at most {@code timeout}.
     * Throws {@link UncheckedIOException} when the program cannot be started (a missing
     * executable), {@link TimeoutException} when it runs too long.
     */
    public static Result run(List<String> command, Duration timeout, Map<String, String> environment) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("wordbench-process-", ".out");
            stderr = Files.createTempFile("wordbench-process-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                destroy(process);
                throw new AssertionError("interrupted while waiting for " + String.join(" ", abbreviated(command)), e);
            }
            if (!finished) {
                destroy(process);
                throw new TimeoutException(command, timeout, Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new Result(List.copyOf(command), process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", abbreviated(command)) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /**
     * A command that runs {@code mainClass} in a new JVM like this one: the same java, class path and
     * {@code jvm.options} (Maven tells the tests where it is, as {@code wordbench.jvm.options}),
     * plus {@code jvmOptions} such as a heap size.
     */
    public static List<String> javaCommand(List<String> jvmOptions, Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("wordbench.jvm.options");
        if (options != null && !options.isBlank()) {
            command.add("@" + options);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** A command for a message: inline scripts ({@code python3 -c ...}) shortened to their first line. */
    private static List<String> abbreviated(List<String> command) {
        return command.stream().map(arg -> arg.contains("\n") ? arg.lines().findFirst().orElse("") + " …" : arg).toList();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temp file is not worth failing a test over.
            }
        }
    }
}
