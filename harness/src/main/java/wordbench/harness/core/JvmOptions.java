package wordbench.harness.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options every wordbench JVM needs, from {@code jvm.options} at the repository root (the
 * one place they are written; the launcher and Maven hand the same file to {@code java} as
 * {@code @jvm.options}). Read here, not passed on as {@code @FILE}, so a results file records the
 * options themselves.
 */
public final class JvmOptions {

    public static final String FILE_NAME = "jvm.options";

    private JvmOptions() {
    }

    /** The options in {@code home/jvm.options}, in order. */
    public static List<String> read(Path home) throws IOException {
        return parse(Files.readString(home.resolve(FILE_NAME)));
    }

    /** A java argument file without quotes: options split at whitespace, {@code #} to the end of the line is a comment. */
    static List<String> parse(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\n")) {
            int comment = line.indexOf('#');
            String content = comment < 0 ? line : line.substring(0, comment);
            for (String option : content.strip().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        return List.copyOf(options);
    }
}
