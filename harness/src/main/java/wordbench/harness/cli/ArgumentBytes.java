package wordbench.harness.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wordbench.spi.PathBytes;

/**
 * Command-line arguments as the bytes the shell passed. The JVM decodes its arguments as text, so a
 * file name that is not UTF-8 ({@code wordbench count dir/*} where dir holds {@code bad\xffname.txt})
 * arrives with U+FFFD in place of its byte and names no file. On Linux the bytes are still in
 * {@code /proc/self/cmdline}: such an argument is given back surrogate-escaped, as Python spells
 * names in a str ({@link PathBytes#surrogateEscaped}), which {@link #toPath} turns into the file.
 */
final class ArgumentBytes {
    private static final char REPLACEMENT = '\uFFFD';
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private ArgumentBytes() {
    }

    /**
     * {@code args} with each argument the JVM decoded lossily replaced by its surrogate-escaped bytes;
     * unchanged when nothing was lost or the bytes cannot be found.
     */
    static String[] recover(String[] args) {
        if (Arrays.stream(args).noneMatch(arg -> arg.indexOf(REPLACEMENT) >= 0)) {
            return args;
        }
        List<byte[]> commandLine;
        try {
            commandLine = split(Files.readAllBytes(COMMAND_LINE));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return args; // not Linux: names are what the JVM says
        }
        return recover(args, commandLine, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"), StandardCharsets.UTF_8));
    }

    /** The main class's arguments are the command line's last ones; each must decode to what the JVM gave. */
    static String[] recover(String[] args, List<byte[]> commandLine, Charset decodedWith) {
        int first = commandLine.size() - args.length;
        if (first < 0) {
            return args;
        }
        String[] recovered = args.clone();
        for (int i = 0; i < args.length; i++) {
            byte[] raw = commandLine.get(first + i);
            if (!new String(raw, decodedWith).equals(args[i])) {
                return args; // not the arguments we were given (a launcher that re-wrote them)
            }
            if (args[i].indexOf(REPLACEMENT) >= 0) {
                recovered[i] = PathBytes.surrogateEscaped(raw);
            }
        }
        return recovered;
    }

    /** A path argument as a file: a surrogate-escaped one by its bytes, any other as text. */
    static Path toPath(String argument) {
        return PathBytes.isSurrogateEscaped(argument)
                ? PathBytes.toPath(PathBytes.fromSurrogateEscaped(argument))
                : Path.of(argument);
    }

    /** An argument for a message: a byte that is not text shown as U+FFFD, as the JVM shows file names. */
    static String shown(String argument) {
        return PathBytes.isSurrogateEscaped(argument)
                ? new String(PathBytes.fromSurrogateEscaped(argument), StandardCharsets.UTF_8)
                : argument;
    }

    private static List<byte[]> split(byte[] nulTerminated) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nulTerminated.length; i++) {
            if (nulTerminated[i] == 0) {
                parts.add(Arrays.copyOfRange(nulTerminated, start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
