package wordbench.impls.java;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;

/**
 * Counts the words of a byte range of a {@link MappedText} into a {@link WordTable}: the engine
 * of java-fast and of each java-parallel worker.
 *
 * <p>The range is copied window by window into a reused array. Two paths scan a window:
 * <ul>
 * <li>The ASCII path takes 8 bytes at a time (SWAR): one long gives which bytes are word bytes
 *     ([0-9A-Za-z_]) and their lowercase, a word's end is a count of trailing zeros, and the word
 *     is hashed a chunk at a time and looked up straight from the window: no per-byte branch, no
 *     copy. It only handles words that are pure ASCII, end with an ASCII byte and lie inside the
 *     window; anything else it hands over at the word's start.</li>
 * <li>The exact path goes a byte at a time: ASCII through a table, and for a byte of 0x80 or
 *     more it decodes and validates the code point from the mapped file (so a sequence may
 *     straddle a window), lowers it by {@link PythonWordRule} with the final-sigma context read
 *     from the original bytes, and appends the lowered code points that are {@code \w} to a word
 *     buffer. A word may thus run across windows and be any length. It hands back to the ASCII
 *     path once a word has ended at an ASCII byte.</li>
 * </ul>
 * Both paths hash a word's lowered UTF-8 the same way ({@link WordTable#hash}). One instance per thread.
 */
final class WordScanner {
    static final int DEFAULT_WINDOW = 1 << 16;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** For each byte value: its lowercase if an ASCII word byte, 0 if other ASCII, -1 if not ASCII. */
    private static final byte[] ASCII_WORD_LOWER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            ASCII_WORD_LOWER[b] = b >= 0x80 ? -1
                    : PythonWordRule.isAsciiWordByte(b) ? (byte) PythonWordRule.lowerSimple(b) : 0;
        }
        // The SWAR word test below hard-codes [0-9A-Za-z_]; make sure that is what the rule says.
        for (int b = 0; b < 128; b++) {
            boolean swar = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '_';
            if (swar != PythonWordRule.isAsciiWordByte(b) || PythonWordRule.lowerSimple(b) != Character.toLowerCase(b)) {
                throw new IllegalStateException("the ASCII word bytes are not [0-9A-Za-z_]: " + b);
            }
        }
    }

    private final WordTable table;
    private final byte[] window;
    /** The exact path's word in progress, lowered UTF-8. */
    private byte[] word = new byte[256];
    private int wordLength;

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
        long position = from;
        while (position < to) {
            int length = (int) Math.min(window.length, to - position);
            MemorySegment.copy(text.bytes(), ValueLayout.JAVA_BYTE, position, window, 0, length);
            position += scanWindow(text, position, length);
        }
        finishWord();
    }

    /**
     * Scans {@code window[0, length)}, which holds the file's bytes from {@code base}, and returns
     * how far it got: {@code length}, or a little more when the last code point ran past the window.
     */
    private int scanWindow(MappedText text, long base, int length) throws InvalidUtf8Exception {
        int i = 0;
        while (i < length) {
            if (wordLength == 0) {
                i = scanAsciiWords(i, length - 8);
            }
            i = scanExactly(text, base, i, length);
        }
        return i;
    }

    /** Bit 7 of each byte of {@code x} set where that byte is at least {@code k} (bytes below 0x80). */
    private static long atLeast(long x, int k) {
        return x + ONES * (0x80 - k) & HIGH_BITS;
    }

    /** Bit 7 set for the word bytes [0-9A-Za-z_] of {@code x}; valid up to its first byte >= 0x80. */
    private static long wordBytes(long x, long upper) {
        long digit = atLeast(x, '0') & ~atLeast(x, '9' + 1);
        long lower = atLeast(x, 'a') & ~atLeast(x, 'z' + 1);
        // A byte equals '_' when it xors to 0, the one value that adding 0x7F leaves below 0x80.
        long underscore = ~((x ^ ONES * '_') + ONES * 0x7F) & HIGH_BITS;
        return digit | upper | lower | underscore;
    }

    private static long upperBytes(long x) {
        return atLeast(x, 'A') & ~atLeast(x, 'Z' + 1);
    }

    /**
     * The ASCII path, from {@code i} between words while an 8-byte load fits ({@code i <= last}).
     * Counts every word that starts and ends inside the loaded 8 bytes from that one load; a word
     * running past them goes to {@link #countAsciiWord}. Returns where the exact path must take
     * over: near the window's end, at a non-ASCII byte between words, or at the start of a word
     * that is not pure ASCII or may leave the window.
     */
    private int scanAsciiWords(int i, int last) {
        byte[] bytes = window;
        while (i <= last) {
            long x = (long) LONGS.get(bytes, i);
            long nonAscii = x & HIGH_BITS;
            // The SWAR arithmetic is only right below the first non-ASCII byte: keep those bytes.
            long trusted = ((nonAscii & -nonAscii) >>> 7) - 1;
            long upper = upperBytes(x) & trusted;
            long words = wordBytes(x, upper) & trusted;
            long ends = ~words & HIGH_BITS;
            long lowered = x + (upper >>> 2);
            long remaining = words;
            while (remaining != 0) {
                int startBit = Long.numberOfTrailingZeros(remaining);
                long endBits = ends & -1L << startBit;
                if (endBits == 0) {
                    break;
                }
                int endBit = Long.numberOfTrailingZeros(endBits);
                if ((nonAscii & 1L << endBit) != 0) {
                    return i + (startBit >>> 3);
                }
                int from = startBit & ~7;
                int length = (endBit - from) >>> 3;
                long chunk = lowered >>> from & (1L << (length << 3)) - 1;
                table.add(bytes, i + (from >>> 3), length, WordTable.finish(WordTable.mixChunk(0, chunk), length), chunk, 1);
                remaining &= -1L << endBit;
            }
            if (remaining != 0) {
                int start = i + (Long.numberOfTrailingZeros(remaining) >>> 3);
                int end = countAsciiWord(start, last);
                if (end < 0) {
                    return start;
                }
                i = end;
            } else if (nonAscii != 0) {
                return i + (Long.numberOfTrailingZeros(nonAscii) >>> 3);
            } else {
                i += 8;
            }
        }
        return i;
    }

    /**
     * Counts the ASCII word starting at {@code start} and returns the offset just after it, or -1
     * (counting nothing) when the word reaches a non-ASCII byte or a load past {@code last}.
     * Lowers the word in place in the window so the table can read and copy it from there.
     */
    private int countAsciiWord(int start, int last) {
        byte[] bytes = window;
        long hash = 0;
        long firstChunk = 0;
        int at = start;
        while (at <= last) {
            long x = (long) LONGS.get(bytes, at);
            long upper = upperBytes(x);
            long ends = ~wordBytes(x, upper) & HIGH_BITS | x & HIGH_BITS;
            int wordBytes = Long.numberOfTrailingZeros(ends) >>> 3;
            if (wordBytes < 8 && bytes[at + wordBytes] < 0) {
                return -1;
            }
            // Only bytes before the first non-ASCII one are trusted; the word ends before it.
            long keep = wordBytes == 8 ? -1L : (1L << (wordBytes << 3)) - 1;
            long lowered = x + ((upper & keep) >>> 2);
            if (wordBytes > 0) {
                LONGS.set(bytes, at, lowered);
                long chunk = lowered & keep;
                hash = WordTable.mixChunk(hash, chunk);
                if (at == start) {
                    firstChunk = chunk;
                }
            }
            if (wordBytes < 8) {
                int length = at + wordBytes - start;
                table.add(bytes, start, length, WordTable.finish(hash, length), firstChunk, 1);
                return at + wordBytes;
            }
            at += 8;
        }
        return -1;
    }

    /**
     * The exact path from {@code i}: runs until a word has ended at an ASCII byte (where the
     * ASCII path may resume) or the window ends. Returns where it stopped.
     */
    private int scanExactly(MappedText text, long base, int i, int length) throws InvalidUtf8Exception {
        byte[] bytes = window;
        byte[] classes = ASCII_WORD_LOWER;
        while (i < length) {
            byte lowered = classes[bytes[i] & 0xFF];
            if (lowered > 0) {
                appendByte(lowered);
                i++;
            } else if (lowered == 0) {
                i++;
                if (wordLength > 0) {
                    finishWord();
                    return i;
                }
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
            finishWord();
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

    private void appendByte(int b) {
        if (wordLength == word.length) {
            word = Arrays.copyOf(word, word.length * 2);
        }
        word[wordLength++] = (byte) b;
    }

    /** Counts the exact path's word in progress, if any. */
    private void finishWord() {
        if (wordLength > 0) {
            table.add(word, 0, wordLength, WordTable.hash(word, 0, wordLength),
                    WordTable.chunk(word, 0, Math.min(8, wordLength)), 1);
            wordLength = 0;
        }
    }
}
