package wordbench.harness.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts biased to where strategies go wrong: Turkish I, Greek sigma in every context,
 * combining and case-ignorable marks, ß/ẞ, characters outside the BMP (CJK, Deseret), Arabic-Indic
 * digits, fullwidth letters (code point vs UTF-16 order), letters unknown to CPython 3.11's Unicode,
 * ASCII punctuation and digits, CR and LF. Words come from a small per-text vocabulary, so counts
 * repeat and tie. The same seed gives the same texts.
 */
final class TrickyTexts {

    /** Characters drawn inside words (not all of them are \w: the splits are part of the test). */
    private static final int[] TRICKY = {
            0x130, 0x131, 'I', 'i', 0x307, // Turkish İ ı, and the dot İ lowers to
            0x3A3, 0x3A3, 0x3C3, 0x3C2, 0x391, 0x3B1, 0x1F08, // Σ σ ς Α α Ἀ
            0x301, 0x308, 0x345, 0xAD, 0x2019, 0x200D, // combining, case-ignorable, soft hyphen, ’, ZWJ
            0xDF, 0x1E9E, 0xE9, 0xC9, // ß ẞ é É
            0x20000, 0x2A700, 0x4E2D, 0x10400, 0x10428, 0x1E900, // CJK outside/inside the BMP, Deseret, Adlam
            0x660, 0x665, 0x669, 0x6F4, // Arabic-Indic digits
            0xFF21, 0xFF41, 0xFF5A, 0xFFDA, 0x1D400, // fullwidth and halfwidth vs supplementary letters
            0xA7CB, 0x1C89, 0xA7DC, 0x11F04, 0x10D40, 0x31350, // new in Unicode 15/16: not \w for CPython 3.11
            0x1C5, 0x2126, 0x212A, 0x2167, 0xB2, 0xBD, // ǅ, Ohm, Kelvin, Roman numeral, ², ½
            '\'', '.', ':', '_', '-', '0', '7', 0x1F600,
    };
    private static final String[] SEPARATORS = {
            " ", " ", " ", "\n", "\r\n", "\r", "\t", ". ", ", ", "'", ":", "-", "...", " \u00A0", "\u3000",
            " \u0301", "\u2019", " \uD83D\uDE00 ", "\u00AD",
    };

    private final Random random;

    TrickyTexts(long seed) {
        this.random = new Random(seed);
    }

    /** One text of at most about {@code maxChars} UTF-16 units; {@code asciiOnly} for the fast paths. */
    String next(int maxChars, boolean asciiOnly) {
        List<String> vocabulary = new ArrayList<>();
        int size = 1 + random.nextInt(30);
        for (int i = 0; i < size; i++) {
            vocabulary.add(word(asciiOnly));
        }
        StringBuilder text = new StringBuilder();
        int target = random.nextInt(maxChars + 1);
        while (text.length() < target) {
            // The smaller of two draws: a skewed distribution, so some words are frequent and counts tie.
            int index = Math.min(random.nextInt(size), random.nextInt(size));
            text.append(vocabulary.get(index));
            text.append(asciiOnly ? asciiSeparator() : SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        if (random.nextBoolean() && !text.isEmpty()) {
            text.setLength(text.length() - 1); // often no trailing separator: the last word ends at EOF
            if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
            }
        }
        return text.toString();
    }

    private String word(boolean asciiOnly) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int roll = random.nextInt(10);
            if (asciiOnly || roll < 5) {
                word.append(asciiWordChar());
            } else {
                word.appendCodePoint(TRICKY[random.nextInt(TRICKY.length)]);
            }
        }
        return word.toString();
    }

    private char asciiWordChar() {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'.";
        return chars.charAt(random.nextInt(chars.length()));
    }

    private String asciiSeparator() {
        String[] separators = {" ", " ", "\n", "\r\n", ", ", ". ", "'", ":", "--", "\t", "\u0000"};
        return separators[random.nextInt(separators.length)];
    }
}
