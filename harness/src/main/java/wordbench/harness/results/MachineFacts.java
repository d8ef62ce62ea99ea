package wordbench.harness.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The facts about this machine and checkout that go into a results file's metadata. */
public final class MachineFacts {

    private MachineFacts() {
    }

    public static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
    }

    public static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The CPU model from /proc/cpuinfo (Linux), else the architecture. */
    public static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /** A file-name-safe host name, for {@code results/<start>-<host>-<profile>.json}. */
    public static String host() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
        }
        String safe = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "localhost" : safe;
    }

    /** {@code rustc --version}, from the PATH or ~/.cargo/bin; "not installed" otherwise. */
    public static String rustc() {
        Optional<String> onPath = command(Path.of(""), "rustc", "--version");
        if (onPath.isPresent()) {
            return onPath.get();
        }
        Path cargoBin = Path.of(System.getProperty("user.home"), ".cargo", "bin", "rustc");
        return command(Path.of(""), cargoBin.toString(), "--version").orElse("not installed");
    }

    /** Jython's version, read from its own classes (the harness must not need Jython to build). */
    public static String jython() {
        try {
            Class<?> version = Class.forName("org.python.Version");
            return "Jython " + version.getField("PY_VERSION").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return "not on the class path";
        }
    }

    /**
     * {@code git rev-parse --short HEAD}, with "-dirty" when the working tree has changes; the
     * tool's own outputs (results/, charts/) do not count: a run must not make the next one dirty.
     */
    public static String commit(Path home) {
        Optional<String> head = command(home, "git", "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown (not a git checkout)";
        }
        Optional<String> status = command(home, "git", "status", "--porcelain", "--untracked-files=no",
                "--", ".", ":(exclude)results", ":(exclude)charts");
        return head.get() + (status.map(String::isEmpty).orElse(true) ? "" : "-dirty");
    }

    /**
     * The trimmed output of a command that exited 0 within 10 s, if any. Its output is read on
     * another thread: reading it to the end here first would wait for the command to exit, and
     * the timeout could never fire.
     */
    static Optional<String> command(Path dir, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectError(ProcessBuilder.Redirect.DISCARD);
            if (!dir.toString().isEmpty()) {
                builder.directory(dir.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out.get(10, TimeUnit.SECONDS)) : Optional.empty();
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
