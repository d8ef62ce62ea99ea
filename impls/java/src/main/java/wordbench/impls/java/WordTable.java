package wordbench.impls.java;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import wordbench.spi.TopWords;

/**
 * Word counts keyed by the lowered UTF-8 bytes of each word, without a String or any other object
 * per word: an open-addressing table (linear probing) whose slots hold the caller's hash and an
 * entry number, entries in parallel arrays, and the words' bytes one after another in an arena.
 * Strings are made only for the words that can still enter the top N. Reusable via {@link #clear()}.
 */
final class WordTable {
    private static final int INITIAL_SLOTS = 1 << 16;

    /** {@code hash << 32 | (entry + 1)}; 0 marks an empty slot. */
    private long[] slots = new long[INITIAL_SLOTS];
    private int mask = INITIAL_SLOTS - 1;
    private int size;
    private int[] hashes = new int[INITIAL_SLOTS / 2];
    private int[] starts = new int[INITIAL_SLOTS / 2];
    private int[] lengths = new int[INITIAL_SLOTS / 2];
    private long[] counts = new long[INITIAL_SLOTS / 2];
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

    /**
     * Adds {@code count} to the word {@code word[from, from + length)}; {@code hash} must be the
     * same function of those bytes for every caller (see {@link WordScanner#finish}).
     */
    void add(byte[] word, int from, int length, int hash, long count) {
        int index = hash & mask;
        while (true) {
            long slot = slots[index];
            if (slot == 0) {
                insert(index, word, from, length, hash, count);
                return;
            }
            if ((int) (slot >>> 32) == hash) {
                int entry = (int) slot - 1;
                int start = starts[entry];
                if (lengths[entry] == length
                        && Arrays.equals(arena, start, start + length, word, from, from + length)) {
                    counts[entry] += count;
                    return;
                }
            }
            index = (index + 1) & mask;
        }
    }

    private void insert(int index, byte[] word, int from, int length, int hash, long count) {
        if (size == counts.length) {
            int capacity = size * 2;
            hashes = Arrays.copyOf(hashes, capacity);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        if (arena.length - arenaUsed < length) {
            long needed = Math.max((long) arena.length * 2, (long) arenaUsed + length);
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2 GB of distinct words");
            }
            arena = Arrays.copyOf(arena, (int) needed);
        }
        System.arraycopy(word, from, arena, arenaUsed, length);
        int entry = size++;
        hashes[entry] = hash;
        starts[entry] = arenaUsed;
        lengths[entry] = length;
        counts[entry] = count;
        arenaUsed += length;
        slots[index] = (long) hash << 32 | (entry + 1);
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
    }

    private void rehash(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        for (int entry = 0; entry < size; entry++) {
            int index = hashes[entry] & mask;
            while (slots[index] != 0) {
                index = (index + 1) & mask;
            }
            slots[index] = (long) hashes[entry] << 32 | (entry + 1);
        }
    }

    /** Adds all of {@code other}'s counts to this table. */
    void addAll(WordTable other) {
        for (int entry = 0; entry < other.size; entry++) {
            add(other.arena, other.starts[entry], other.lengths[entry], other.hashes[entry], other.counts[entry]);
        }
    }

    /** The {@code n} most common words, in canonical order. */
    TopWords top(int n) {
        TopWords.Selector selector = new TopWords.Selector(n);
        for (int entry = 0; entry < size; entry++) {
            long count = counts[entry];
            if (selector.wouldKeep(count)) {
                selector.accept(new String(arena, starts[entry], lengths[entry], StandardCharsets.UTF_8), count);
            }
        }
        return selector.result();
    }
}
