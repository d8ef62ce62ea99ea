package wordbench.impls.cpython;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one {@code top_words.py}: the talk's Python, run by the CPython worker and by GraalPy alike. */
public final class TopWordsScript {

    public static final String FILE_NAME = "top_words.py";

    private TopWordsScript() {
    }

    /** The script's source text. */
    public static String source() {
        try (InputStream in = TopWordsScript.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(FILE_NAME + " is missing from the classpath next to " + TopWordsScript.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
