package wordbench.impls.cpython;

import wordbench.spi.ResourceText;

/** The one {@code top_words.py}: the talk's Python, run by the CPython worker and by GraalPy alike. */
public final class TopWordsScript {

    public static final String FILE_NAME = "top_words.py";

    private TopWordsScript() {
    }

    /** The script's source text. */
    public static String source() {
        return ResourceText.of(TopWordsScript.class, FILE_NAME);
    }
}
