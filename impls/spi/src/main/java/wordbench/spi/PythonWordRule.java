package wordbench.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The word rule of {@code conformance/SPEC.md} (lowercase as CPython 3.11's {@code str.lower()},
 * words are maximal runs of its {@code \w}), applied exactly as that CPython does.
 *
 * <p>The character tables are not Java's (see the spec for why): they are read from
 * {@code python-word-rule.txt}, which {@code conformance/python/make_word_rule_tables.py} asks
 * CPython for. Lowercasing is context-dependent in the two ways the spec lists (U+0130's two code
 * points, Final_Sigma), which {@link #lower} and {@link #isFinalSigma} handle.
 */
public final class PythonWordRule {

    private static final int WORD = 1;
    private static final int CASED = 2;
    private static final int IGNORABLE = 4;
    public static final int CAPITAL_SIGMA = 0x3A3;
    public static final int SMALL_SIGMA = 0x3C3;
    public static final int FINAL_SIGMA = 0x3C2;
    public static final int DOTTED_CAPITAL_I = 0x130;

    private static final byte[] FLAGS = new byte[Character.MAX_CODE_POINT + 1];
    /** Single code point lowercase mapping for every code point; identity where none. */
    private static final int[] LOWER = new int[Character.MAX_CODE_POINT + 1];
    /** Where str.lower() gives more than one code point (U+0130 only, in Unicode 14). */
    private static final int[][] LOWER_MULTI = new int[Character.MAX_CODE_POINT + 1][];
    private static final String ORIGIN;

    static {
        for (int cp = 0; cp < LOWER.length; cp++) {
            LOWER[cp] = cp;
        }
        String origin = "";
        try (InputStream in = PythonWordRule.class.getResourceAsStream("python-word-rule.txt")) {
            if (in == null) {
                throw new IllegalStateException("python-word-rule.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    if (origin.isEmpty()) {
                        int from = line.indexOf(" from ");
                        int end = line.indexOf(". Do not edit");
                        origin = from < 0 || end < from ? line : line.substring(from + 6, end);
                    }
                    continue;
                }
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "word" -> mark(f, WORD);
                    case "cased" -> mark(f, CASED);
                    case "ignorable" -> mark(f, IGNORABLE);
                    case "lower" -> {
                        int cp = Integer.parseInt(f[1], 16);
                        int[] mapped = new int[f.length - 2];
                        for (int i = 0; i < mapped.length; i++) {
                            mapped[i] = Integer.parseInt(f[i + 2], 16);
                        }
                        if (mapped.length == 1) {
                            LOWER[cp] = mapped[0];
                        } else {
                            LOWER_MULTI[cp] = mapped;
                        }
                    }
                    default -> throw new IllegalStateException("python-word-rule.txt: bad line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ORIGIN = origin;
    }

    private static void mark(String[] f, int flag) {
        int from = Integer.parseInt(f[1], 16);
        int to = Integer.parseInt(f[2], 16);
        for (int cp = from; cp <= to; cp++) {
            FLAGS[cp] |= (byte) flag;
        }
    }

    private PythonWordRule() {
    }

    /** The text of {@code python-word-rule.txt}, for the Python strategies that read the tables themselves. */
    public static String tableText() {
        return ResourceText.of(PythonWordRule.class, "python-word-rule.txt");
    }

    /**
     * {@code python_word_rule.py}: this rule over the same tables in the Python that 2.7 and 3 share
     * (TableRule, and the InvalidUtf8 and ReadFailed errors), which a Python strategy's host runs
     * first in the namespace of its {@code top_words.py}.
     */
    public static String pythonSource() {
        return ResourceText.of(PythonWordRule.class, "python_word_rule.py");
    }

    /** Where the tables came from, e.g. "CPython 3.11.7, Unicode 14.0.0". */
    public static String origin() {
        return ORIGIN;
    }

    /** Whether CPython's {@code \w} matches this code point (in lowered text). */
    public static boolean isWordChar(int cp) {
        return (FLAGS[cp] & WORD) != 0;
    }

    /** CPython's Cased property (what the final sigma rule looks for). */
    public static boolean isCased(int cp) {
        return (FLAGS[cp] & CASED) != 0;
    }

    /** CPython's Case_Ignorable property (what the final sigma rule skips). */
    public static boolean isCaseIgnorable(int cp) {
        return (FLAGS[cp] & IGNORABLE) != 0;
    }

    /**
     * {@code chr(cp).lower()} as one code point, for every code point except U+0130 (two code
     * points, see {@link #lowerFull}) and U+03A3 (context-dependent, see {@link #isFinalSigma}).
     */
    public static int lowerSimple(int cp) {
        return LOWER[cp];
    }

    /** {@code chr(cp).lower()} when it is more than one code point, else null. */
    public static int[] lowerFull(int cp) {
        return LOWER_MULTI[cp];
    }

    /**
     * Whether the capital sigma at {@code index} of {@code text} is in the Final_Sigma context:
     * a cased character before it and none after it, skipping case-ignorable characters.
     */
    public static boolean isFinalSigma(CharSequence text, int index) {
        int j = index;
        int before = -1;
        while (j > 0) {
            int cp = Character.codePointBefore(text, j);
            j -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = cp;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        j = index + 1;
        while (j < text.length()) {
            int cp = Character.codePointAt(text, j);
            j += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Python's {@code text.lower()}. */
    public static String lower(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            appendLower(text, i, cp, out);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Appends the lowercase of the code point {@code cp} found at {@code index} of {@code text}. */
    public static void appendLower(CharSequence text, int index, int cp, StringBuilder out) {
        if (cp == CAPITAL_SIGMA) {
            out.append((char) (isFinalSigma(text, index) ? FINAL_SIGMA : SMALL_SIGMA));
            return;
        }
        int[] multi = LOWER_MULTI[cp];
        if (multi != null) {
            for (int m : multi) {
                out.appendCodePoint(m);
            }
        } else {
            out.appendCodePoint(LOWER[cp]);
        }
    }

    /**
     * The reference rule: {@code re.findall(r'\w+', text.lower())}, each word handed to
     * {@code sink} in order. Clear rather than fast; strategies may be cleverer but must agree.
     */
    public static void forEachWord(CharSequence text, Consumer<String> sink) {
        String lowered = lower(text);
        int start = -1;
        for (int i = 0; i < lowered.length(); ) {
            int cp = lowered.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                sink.accept(lowered.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            sink.accept(lowered.substring(start));
        }
    }

    /** Whether the ASCII byte {@code b} is a word byte ([0-9A-Za-z_]); lowering keeps ASCII ASCII. */
    public static boolean isAsciiWordByte(int b) {
        return ASCII_WORD[b & 0x7F] && b >= 0;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
    }

    /** A code point for a message: {@code U+03A3 [Σ]}. */
    public static String describe(int cp) {
        return String.format("U+%04X", cp) + " " + Arrays.toString(Character.toChars(cp));
    }
}
