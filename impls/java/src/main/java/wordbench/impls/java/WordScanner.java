package wordbench.impls.java;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;

/**
 * Counts the words of a byte range of a {@link MappedText} into a {@link WordTable}: the engine
 * of java-fast and of each java-parallel worker.
 *
 * <p>The range is read a window at a time into one reused array. Two paths scan a window:
 * <ul>
 * <li>The ASCII path takes the pure-ASCII stretch ahead, up to the word that touches a non-ASCII
 *     byte or the window's end, and finds its words without a branch per byte: SWAR turns each
 *     8 bytes into 8 bits of a map of word bytes ([0-9A-Za-z_]), shifting the map gives word
 *     starts and ends, and each word is lowered, hashed and looked up as one long straight from
 *     the window (longer words, rare, through the word buffer).</li>
 * <li>The exact path goes a byte at a time: ASCII through a table, and for a byte of 0x80 or
 *     more it decodes and validates the code point from the mapped file (so a sequence may
 *     cross the window's end), lowers it by {@link PythonWordRule} with the final-sigma context read
 *     from the original bytes, and appends the lowered code points that are {@code \w} to a word
 *     buffer. A word may thus run across window ends and be any length. It hands back to the ASCII
 *     path once a word has ended at an ASCII byte.</li>
 * </ul>
 * Both paths hash a word's lowered UTF-8 the same way ({@link WordTable#hash}, keyed by the table's seed). One instance per thread.
 */
final class WordScanner {
    static final int DEFAULT_WINDOW_BYTES = 1 << 16;

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
    private final ByteBuffer windowView;
    /** The exact path's word in progress, lowered UTF-8. */
    private byte[] word = new byte[256];
    private int wordLength;

    WordScanner(WordTable table, int windowBytes) {
        this.table = table;
        // Slack: the ASCII path loads whole blocks and words and masks off what lies beyond.
        this.window = new byte[windowBytes + 64];
        this.windowView = ByteBuffer.wrap(window);
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
    void scan(MappedText text, long from, long to) throws IOException {
        wordLength = 0;
        long position = from;
        try {
            while (position < to) {
                int length = (int) Math.min(window.length - 64, to - position);
                windowView.clear().limit(length);
                text.read(position, windowView);
                position += scanWindow(text, position, length);
            }
            finishWord();
        } catch (InternalError truncated) {
            // The JDK's report of a fault in a mapping: the file was cut short under it.
            throw text.changedWhileReading();
        } catch (InvalidUtf8Exception e) {
            // The window (read) and the mapping (current) disagree if the file changed: no verdict then.
            text.requireUnchanged();
            throw e;
        } catch (WordTooLongException e) {
            throw new IOException(text.file() + ": " + e.getMessage() + ", ending after byte offset " + position);
        }
    }

    /** A word grew past what a Java array can hold (the table keeps each distinct word's bytes). */
    static final class WordTooLongException extends RuntimeException {
        WordTooLongException(String message) {
            super(message, null, false, false);
        }
    }

    /** The longest word this scanner can count: a Java array's limit, less room for the table's padding. */
    static final int MAX_WORD_BYTES = Integer.MAX_VALUE - 64;

    /**
     * Scans {@code window[0, length)}, which holds the file's bytes from {@code base}, and returns
     * how far it got: {@code length}, or a little more when the last code point ran past the window's end.
     */
    private int scanWindow(MappedText text, long base, int length) throws InvalidUtf8Exception {
        int i = 0;
        while (i < length) {
            if (wordLength == 0) {
                i = scanAscii(i, length);
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
    private static long wordBytes(long x) {
        long digit = atLeast(x, '0') & ~atLeast(x, '9' + 1);
        // Setting bit 5 folds A-Z onto a-z and moves nothing else into a-z.
        long folded = x | ONES * 0x20;
        long letter = atLeast(folded, 'a') & ~atLeast(folded, 'z' + 1);
        // A byte equals '_' when it xors to 0, the one value that adding 0x7F leaves below 0x80.
        long underscore = ~((x ^ ONES * '_') + ONES * 0x7F) & HIGH_BITS;
        return digit | letter | underscore;
    }

    private static long upperBytes(long x) {
        return atLeast(x, 'A') & ~atLeast(x, 'Z' + 1);
    }

    /**
     * The ASCII path, from {@code i} between words: counts the complete words of the pure-ASCII
     * stretch that starts there and returns where the exact path must take over, which is the
     * start of the word that touches the first non-ASCII byte or the window's end (or that byte
     * or end itself when no word touches it).
     */
    private int scanAscii(int i, int length) {
        byte[] bytes = window;
        int end = i;
        while (end + 8 <= length && ((long) LONGS.get(bytes, end) & HIGH_BITS) == 0) {
            end += 8;
        }
        while (end < length && bytes[end] >= 0) {
            end++;
        }
        while (end > i && ASCII_WORD_LOWER[bytes[end - 1] & 0xFF] > 0) {
            end--;
        }
        countAsciiWords(i, end);
        return end;
    }

    /**
     * Counts the words of {@code window[from, to)}: pure ASCII, starting between words and ending
     * with a non-word byte (or empty). Per block of 64 bytes, SWAR gives a 64-bit map of the word bytes,
     * shifts give the maps of word starts and ends, and each word is popped as its start bit and
     * the next end bit, in one loop: the only data-dependent branches that mispredict are per 64
     * bytes, not per byte or per word, which is what matters on text whose words are 5 bytes long.
     */
    private void countAsciiWords(int from, int to) {
        byte[] bytes = window;
        int pendingStart = -1;
        long previousWasWord = 0;
        for (int block = from; block < to; block += 64) {
            long words = 0;
            for (int k = 0; k < 64; k += 8) {
                long x = (long) LONGS.get(bytes, block + k);
                long flags = wordBytes(x) >>> 7;
                words |= (flags * 0x0102040810204080L >>> 56) << k;
            }
            if (to - block < 64) {
                words &= (1L << (to - block)) - 1;
            }
            long after = words << 1 | previousWasWord;
            previousWasWord = words >>> 63;
            long starts = words & ~after;
            // Starts and ends alternate; a word carried in from the block before ends first.
            long ends = ~words & after;
            if (pendingStart >= 0 && ends != 0) {
                int end = block + Long.numberOfTrailingZeros(ends);
                ends &= ends - 1;
                countAsciiWord(pendingStart, end - pendingStart);
                pendingStart = -1;
            }
            while (starts != 0) {
                int start = block + Long.numberOfTrailingZeros(starts);
                starts &= starts - 1;
                if (ends == 0) {
                    pendingStart = start;
                    break;
                }
                int end = block + Long.numberOfTrailingZeros(ends);
                ends &= ends - 1;
                countAsciiWord(start, end - start);
            }
        }
    }

    /** Counts the pure-ASCII word {@code window[start, start + length)}, lowering it on the way. */
    private void countAsciiWord(int start, int length) {
        byte[] bytes = window;
        long x0 = (long) LONGS.get(bytes, start);
        if (length <= 8) {
            // Nine words in ten: one load, bytes past the word's end masked to zero.
            long key0 = x0 + (upperBytes(x0) >>> 2) & -1L >>> (64 - (length << 3));
            table.addShort(bytes, start, length, WordTable.finish(WordTable.mixChunk(table.seed, key0), length), key0, 0);
            return;
        }
        if (length <= 16) {
            long x1 = (long) LONGS.get(bytes, start + 8);
            long key0 = x0 + (upperBytes(x0) >>> 2);
            long key1 = x1 + (upperBytes(x1) >>> 2) & -1L >>> (128 - (length << 3));
            long hash = WordTable.mixChunk(WordTable.mixChunk(table.seed, key0), key1);
            table.addShort(bytes, start, length, WordTable.finish(hash, length), key0, key1);
            return;
        }
        // Rare: lower a long word into the word buffer (the exact path's, idle between words).
        if (word.length < length + 8) {
            word = new byte[Math.max(word.length * 2, length + 8)];
        }
        for (int k = 0; k < length; k += 8) {
            long x = (long) LONGS.get(bytes, start + k);
            LONGS.set(word, k, x + (upperBytes(x) >>> 2));
        }
        table.add(word, 0, length, 1);
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
            growWord();
        }
        word[wordLength++] = (byte) b;
    }

    /**
     * Makes room for a longer word: doubling, but never past {@link #MAX_WORD_BYTES} (doubling a
     * 1 GiB buffer overflowed into a NegativeArraySizeException), nor past what the heap has room
     * for twice over (the table copies the word), so a huge word is refused in one line, not an
     * OutOfMemoryError.
     */
    private void growWord() {
        Runtime runtime = Runtime.getRuntime();
        long heapRoom = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long wanted = Math.min((long) word.length * 2, MAX_WORD_BYTES);
        if (wanted <= word.length || wanted * 3 > heapRoom) {
            throw new WordTooLongException("a word of more than " + (word.length >> 20) + " MiB, more than java-fast can hold with "
                    + (runtime.maxMemory() >> 20) + " MiB of heap (a Java array holds at most 2 GiB)");
        }
        word = Arrays.copyOf(word, (int) wanted);
    }

    /** Counts the exact path's word in progress, if any. */
    private void finishWord() {
        if (wordLength > 0) {
            table.add(word, 0, wordLength, 1);
            wordLength = 0;
        }
    }
}
