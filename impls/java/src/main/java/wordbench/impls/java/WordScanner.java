package wordbench.impls.java;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;

/**
 * Counts the words of a byte range of a {@link MappedText} into a {@link WordTable}: the engine
 * of java-fast and of each java-parallel worker.
 *
 * <p>The range is copied window by window into a reused array (a plain array is what the JIT
 * compiles the tightest loop for). ASCII, nearly all of a typical English text, goes through one
 * table lookup a byte: the lowered byte for [0-9A-Za-z_], 0 for other ASCII. A byte of 0x80 or
 * more takes the exact path: decode and validate the code point from the mapped file (so a
 * sequence may straddle a window), lower it by {@link PythonWordRule} with the final-sigma
 * context read from the original bytes, and append the lowered code points that are {@code \w}.
 * Both paths append lowered UTF-8 to one word buffer and hash it as they go, so a word may run
 * across windows and be any length. One instance per thread.
 */
final class WordScanner {
    static final int DEFAULT_WINDOW = 1 << 16;

    /** For each byte value: its lowercase if an ASCII word byte, 0 if other ASCII, -1 if not ASCII. */
    private static final byte[] ASCII_WORD_LOWER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            ASCII_WORD_LOWER[b] = b >= 0x80 ? -1
                    : PythonWordRule.isAsciiWordByte(b) ? (byte) PythonWordRule.lowerSimple(b) : 0;
        }
    }

    private final WordTable table;
    private final byte[] window;
    private byte[] word = new byte[256];
    private int wordLength;
    private int wordHash;

    WordScanner(WordTable table, int windowBytes) {
        this.table = table;
        this.window = new byte[windowBytes];
    }

    WordTable table() {
        return table;
    }

    /** Whether {@code b} is an ASCII byte that is not a word byte: a safe place to split a text. */
    static boolean isAsciiNonWord(byte b) {
        return ASCII_WORD_LOWER[b & 0xFF] == 0;
    }

    /**
     * Counts the words of {@code text} in {@code [from, to)}. Both ends must be word boundaries
     * that no UTF-8 sequence crosses: the file's ends, or an ASCII non-word byte.
     */
    void scan(MappedText text, long from, long to) throws InvalidUtf8Exception {
        wordLength = 0;
        wordHash = 0;
        long position = from;
        while (position < to) {
            int length = (int) Math.min(window.length, to - position);
            MemorySegment.copy(text.bytes(), ValueLayout.JAVA_BYTE, position, window, 0, length);
            position += scanWindow(text, position, length);
        }
        finish();
    }

    /**
     * Scans {@code window[0, length)}, which holds the file's bytes from {@code base}, and returns
     * how far it got: {@code length}, or a little more when the last code point ran past the window.
     */
    private int scanWindow(MappedText text, long base, int length) throws InvalidUtf8Exception {
        byte[] bytes = window;
        byte[] classes = ASCII_WORD_LOWER;
        int i = 0;
        while (i < length) {
            if (wordLength == 0) {
                while (i < length && classes[bytes[i] & 0xFF] == 0) {
                    i++;
                }
                if (i == length) {
                    break;
                }
            }
            byte[] w = word;
            int len = wordLength;
            int hash = wordHash;
            while (i < length) {
                byte lowered = classes[bytes[i] & 0xFF];
                if (lowered <= 0) {
                    break;
                }
                if (len == w.length) {
                    w = grow(len + 1);
                }
                w[len++] = lowered;
                hash = 31 * hash + lowered;
                i++;
            }
            wordLength = len;
            wordHash = hash;
            if (i == length) {
                break;
            }
            if (bytes[i] >= 0) {
                finish();
                i++;
            } else {
                i = (int) (scanCodePoint(text, base + i) - base);
            }
        }
        return i;
    }

    /** The exact path for the non-ASCII code point at {@code offset}; returns the offset after it. */
    private long scanCodePoint(MappedText text, long offset) throws InvalidUtf8Exception {
        long decoded = text.decodeAt(offset);
        if (decoded == MappedText.INVALID) {
            throw new InvalidUtf8Exception(text.file(), offset);
        }
        int cp = MappedText.codePoint(decoded);
        if (cp == PythonWordRule.CAPITAL_SIGMA) {
            addLowered(text.isFinalSigma(offset) ? PythonWordRule.FINAL_SIGMA : PythonWordRule.SMALL_SIGMA);
        } else {
            int[] several = PythonWordRule.lowerFull(cp);
            if (several == null) {
                addLowered(PythonWordRule.lowerSimple(cp));
            } else {
                for (int lowered : several) {
                    addLowered(lowered);
                }
            }
        }
        return offset + MappedText.length(decoded);
    }

    /** Extends the current word by a lowered code point, or ends it if that is not {@code \w}. */
    private void addLowered(int cp) {
        if (!PythonWordRule.isWordChar(cp)) {
            finish();
            return;
        }
        if (cp < 0x80) {
            appendByte(cp);
        } else if (cp < 0x800) {
            appendByte(0xC0 | cp >>> 6);
            appendByte(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            appendByte(0xE0 | cp >>> 12);
            appendByte(0x80 | cp >>> 6 & 0x3F);
            appendByte(0x80 | cp & 0x3F);
        } else {
            appendByte(0xF0 | cp >>> 18);
            appendByte(0x80 | cp >>> 12 & 0x3F);
            appendByte(0x80 | cp >>> 6 & 0x3F);
            appendByte(0x80 | cp & 0x3F);
        }
    }

    /** Appends one byte of lowered UTF-8, hashing it exactly as the ASCII loop does. */
    private void appendByte(int b) {
        if (wordLength == word.length) {
            grow(wordLength + 1);
        }
        word[wordLength++] = (byte) b;
        wordHash = 31 * wordHash + (b & 0xFF);
    }

    private byte[] grow(int minimum) {
        word = Arrays.copyOf(word, Math.max(minimum, word.length * 2));
        return word;
    }

    /** Counts the word in progress, if any. */
    private void finish() {
        if (wordLength > 0) {
            table.add(word, 0, wordLength, mix(wordHash), 1);
            wordLength = 0;
            wordHash = 0;
        }
    }

    /** Spreads the bits of the running hash (MurmurHash3's finalizer) so the table can mask it. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }
}
