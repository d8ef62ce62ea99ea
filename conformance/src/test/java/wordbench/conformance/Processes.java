package wordbench.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        return command(command).run(timeout);
    }

    /** Runs {@code command} with {@code environment} added to ours and waits at most {@code timeout}. */
    public static Result run(List<String> command, Duration timeout, Map<String, String> environment) {
        return command(command).environment(environment).run(timeout);
    }

    /** A program to run, with what it reads and where its output goes set before {@link Call#run}. */
    public static Call command(List<String> command) {
        return new Call(command);
    }

    /**
     * One program run: by default it reads nothing (the null device), inherits our environment and
     * working directory, and its stdout and stderr come back in the {@link Result}.
     */
    public static final class Call {
        private final List<String> command;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private boolean onlyThisEnvironment;
        private byte[] stdin;
        private java.io.File stdoutFile;
        private Path directory;

        private Call(List<String> command) {
            this.command = List.copyOf(command);
        }

        /** Adds these variables to the environment the program inherits. */
        public Call environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** The program sees only these variables (e.g. a PATH of chosen tools), nothing inherited. */
        public Call onlyEnvironment(Map<String, String> variables) {
            onlyThisEnvironment = true;
            return environment(variables);
        }

        /** The program reads these bytes on stdin (from a file, so it can never block on us). */
        public Call stdin(byte[] bytes) {
            stdin = bytes.clone();
            return this;
        }

        /** The program writes stdout into {@code file} (e.g. {@code /dev/full}); the result's stdout is then empty. */
        public Call stdoutTo(java.io.File file) {
            stdoutFile = file;
            return this;
        }

        public Call directory(Path dir) {
            directory = dir;
            return this;
        }

        /**
         * Runs the program and waits at most {@code timeout}. Throws {@link UncheckedIOException}
         * when it cannot be started (a missing executable), {@link TimeoutException} when it runs too long.
         */
        public Result run(Duration timeout) {
            Path stdout = null;
            Path stderr = null;
            Path input = null;
            try {
                stdout = Files.createTempFile("wordbench-process-", ".out");
                stderr = Files.createTempFile("wordbench-process-", ".err");
                java.io.File in = nullDevice();
                if (stdin != null) {
                    input = Files.write(Files.createTempFile("wordbench-process-", ".in"), stdin);
                    in = input.toFile();
                }
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(in))
                        .redirectOutput(stdoutFile != null ? stdoutFile : stdout.toFile())
                        .redirectError(stderr.toFile());
                if (onlyThisEnvironment) {
                    builder.environment().clear();
                }
                builder.environment().putAll(environment);
                if (directory != null) {
                    builder.directory(directory.toFile());
                }
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
                return new Result(command, process.exitValue(),
                        Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run " + String.join(" ", abbreviated(command)) + ": " + e.getMessage(), e);
            } finally {
                deleteQuietly(stdout);
                deleteQuietly(stderr);
                deleteQuietly(input);
            }
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
