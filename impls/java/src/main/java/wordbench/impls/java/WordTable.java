package wordbench.impls.java;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wordbench.spi.TopWords;

/**
 * Word counts keyed by the lowered UTF-8 bytes of each word, without a String or any other object
 * per word. Open addressing with linear probing over one {@code long[]}, four longs a slot: the
 * word's first 8 bytes (zero-padded), {@code hash << 32 | length}, the count, and where the whole
 * word sits in a byte arena. A word of up to 8 bytes (most words) is found by comparing two longs
 * in one cache line; longer ones also compare their arena bytes. Strings are made only for the
 * words that can still enter the top N. Reusable via {@link #clear()}.
 *
 * <p>A word of up to 8 bytes is taken from its first chunk, so callers may pass an unlowered {@code word} then.
 *
 * <p>Callers hash a word with {@link #mixChunk} over its 8-byte little-endian chunks (the last one
 * zero-padded) and {@link #finish}; {@link #hash} does the same for bytes in an array.
 */
final class WordTable {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL_SLOTS = 1 << 16;
    private static final int KEY = 0;
    private static final int META = 1;
    private static final int COUNT = 2;
    private static final int START = 3;

    private long[] slots = new long[INITIAL_SLOTS * 4];
    private int mask = INITIAL_SLOTS * 4 - 1;
    private int size;
    private byte[] arena = new byte[INITIAL_SLOTS * 4];
    private int arenaUsed;

    /** Forgets every word but keeps the capacity, so a reused table allocates nothing. */
    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        arenaUsed = 0;
    }

    int size() {
        return size;
    }

    /** One step of the word hash: folds in the next 8 bytes of the word. */
    static long mixChunk(long hash, long chunk) {
        return Long.rotateLeft((hash ^ chunk) * 0x9E3779B97F4A7C15L, 29);
    }

    /** The word hash from the running value after all chunks: the high half of one more product. */
    static int finish(long hash, int length) {
        return (int) ((hash ^ length) * 0xC2B2AE3D27D4EB4FL >>> 32);
    }

    /** The chunk of {@code bytes} at {@code from}, keeping only the {@code length} (< 8) first bytes. */
    static long chunk(byte[] bytes, int from, int length) {
        if (length >= 8) {
            return (long) LONGS.get(bytes, from);
        }
        long chunk = 0;
        for (int k = length - 1; k >= 0; k--) {
            chunk = chunk << 8 | bytes[from + k] & 0xFF;
        }
        return chunk;
    }

    /** The hash of {@code bytes[from, from + length)}, the same as a caller chunking as it scans. */
    static int hash(byte[] bytes, int from, int length) {
        long h = 0;
        for (int k = 0; k < length; k += 8) {
            h = mixChunk(h, chunk(bytes, from + k, Math.min(8, length - k)));
        }
        return finish(h, length);
    }

    /**
     * Adds {@code count} to the word {@code word[from, from + length)}, whose {@link #hash} is
     * {@code hash} and whose first chunk is {@code firstChunk}.
     */
    void add(byte[] word, int from, int length, int hash, long firstChunk, long count) {
        long meta = (long) hash << 32 | length;
        long[] s = slots;
        int m = mask;
        int index = hash << 2 & m;
        while (true) {
            long slotMeta = s[index + META];
            if (slotMeta == meta && s[index + KEY] == firstChunk
                    && (length <= 8 || sameTail(s, index, word, from, length))) {
                s[index + COUNT] += count;
                return;
            }
            if (slotMeta == 0) {
                insert(index, word, from, length, meta, firstChunk, count);
                return;
            }
            index = (index + 4) & m;
        }
    }

    private boolean sameTail(long[] s, int index, byte[] word, int from, int length) {
        int start = (int) s[index + START];
        return Arrays.equals(arena, start + 8, start + length, word, from + 8, from + length);
    }

    private void insert(int index, byte[] word, int from, int length, long meta, long firstChunk, long count) {
        if (arena.length - arenaUsed < length) {
            long needed = Math.max((long) arena.length * 2, (long) arenaUsed + length);
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2 GB of distinct words");
            }
            arena = Arrays.copyOf(arena, (int) needed);
        }
        if (length <= 8) {
            // The key holds the whole word: callers need not have its lowered bytes in {@code word}.
            for (int k = 0; k < length; k++) {
                arena[arenaUsed + k] = (byte) (firstChunk >>> (k << 3));
            }
        } else {
            System.arraycopy(word, from, arena, arenaUsed, length);
        }
        slots[index + KEY] = firstChunk;
        slots[index + META] = meta;
        slots[index + COUNT] = count;
        slots[index + START] = arenaUsed;
        arenaUsed += length;
        if (++size * 2 > slots.length / 4) {
            rehash();
        }
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (int from = 0; from < old.length; from += 4) {
            long meta = old[from + META];
            if (meta != 0) {
                int index = (int) (meta >>> 32) << 2 & mask;
                while (slots[index + META] != 0) {
                    index = (index + 4) & mask;
                }
                System.arraycopy(old, from, slots, index, 4);
            }
        }
    }

    /** Adds all of {@code other}'s counts to this table. */
    void addAll(WordTable other) {
        long[] s = other.slots;
        for (int index = 0; index < s.length; index += 4) {
            long meta = s[index + META];
            if (meta != 0) {
                add(other.arena, (int) s[index + START], (int) meta, (int) (meta >>> 32), s[index + KEY], s[index + COUNT]);
            }
        }
    }

    /** The {@code n} most common words, in canonical order. */
    TopWords top(int n) {
        TopWords.Selector selector = new TopWords.Selector(n);
        long[] s = slots;
        for (int index = 0; index < s.length; index += 4) {
            long meta = s[index + META];
            long count = s[index + COUNT];
            if (meta != 0 && selector.wouldKeep(count)) {
                selector.accept(new String(arena, (int) s[index + START], (int) meta, StandardCharsets.UTF_8), count);
            }
        }
        return selector.result();
    }
}
