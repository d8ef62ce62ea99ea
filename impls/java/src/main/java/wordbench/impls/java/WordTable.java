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
 * word's first 16 bytes as two little-endian longs (zero-padded), {@code hash << 32 | length}
 * and the count; every word's bytes also sit in a byte arena, where a slot's word starts is kept
 * aside. A word of up to 16 bytes (nearly every word) is found by comparing longs in one slot;
 * longer ones also compare their arena bytes. Strings are made only for the words that can still
 * enter the top N. Reusable via {@link #clear()}.
 *
 * <p>Callers hash a word with {@link #mixChunk} over its 8-byte little-endian chunks (the last one
 * zero-padded), starting from {@link #seed}, and {@link #finish}; {@link #hash} does the same for
 * bytes in an array. A word of up to 16 bytes is taken from its keys, so callers need not pass its
 * lowered bytes then.
 *
 * <p><b>Hash flooding.</b> Text comes from anywhere, and with a fixed hash anyone can craft words
 * whose slots cluster, making every insert a walk along the cluster (quadratic: 100,000 crafted
 * words took 8.3 s instead of 19 ms). So the hash is keyed: the seed is random per process, and a
 * probe longer than {@value #MAX_PROBE} slots (which random hashing at load <= 1/2 practically
 * never produces) draws a new seed and rehashes everything. Should reseeding not help (words
 * colliding under every seed), the bound is doubled instead, so rehashing stays amortized.
 */
final class WordTable {
    /** Probes of one add beyond which the table reseeds: far above what chance produces at load <= 1/2. */
    static final int MAX_PROBE = 128;
    private static final int MAX_RESEEDS = 8;
    private static final long PROCESS_SEED = new java.security.SecureRandom().nextLong();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL_SLOTS = 1 << 16;
    private static final int KEY0 = 0;
    private static final int KEY1 = 1;
    private static final int META = 2;
    private static final int COUNT = 3;

    private long[] slots = new long[INITIAL_SLOTS * 4];
    /** Where each slot's word starts in the arena, by slot number. */
    private int[] starts = new int[INITIAL_SLOTS];
    private int mask = INITIAL_SLOTS * 4 - 1;
    private int size;
    private byte[] arena = new byte[INITIAL_SLOTS * 4];
    private int arenaUsed;
    /** The hash key; callers start every word's hash from it (read it per word: it changes on a reseed). */
    long seed;
    private int maxProbe = MAX_PROBE;
    private int reseeds;

    /** A table keyed with this process's random seed. */
    WordTable() {
        this(PROCESS_SEED);
    }

    /** For tests: a table with a chosen first seed (e.g. 0, the unkeyed hash of old). */
    WordTable(long seed) {
        this.seed = seed;
    }

    /** Forgets every word but keeps the capacity, so a reused table allocates nothing. */
    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        arenaUsed = 0;
        maxProbe = MAX_PROBE;
        reseeds = 0;
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

    /** The chunk of {@code bytes} at {@code from}, keeping only the first {@code length} bytes (0 when none). */
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

    /** The hash of {@code bytes[from, from + length)} under {@code seed}, as a caller chunking as it scans. */
    static int hash(long seed, byte[] bytes, int from, int length) {
        long h = seed;
        for (int k = 0; k < length; k += 8) {
            h = mixChunk(h, chunk(bytes, from + k, Math.min(8, length - k)));
        }
        return finish(h, length);
    }

    /** Adds {@code count} to the word {@code word[from, from + length)}, computing its hash and keys. */
    void add(byte[] word, int from, int length, long count) {
        add(word, from, length, hash(seed, word, from, length), chunk(word, from, Math.min(8, length)),
                chunk(word, from + 8, Math.max(0, Math.min(8, length - 8))), count);
    }

    /**
     * Adds one to the word {@code word[from, from + length)} of up to 16 bytes, whose
     * {@link #hash} is {@code hash} and whose chunks are {@code key0} and {@code key1} (0 for a
     * word of up to 8 bytes). Small enough to inline into a scanner's loop: the usual case, a word
     * already in its home slot, costs one slot's loads and compares; anything else (a probe past
     * a collision, a new word) goes to {@link #add(byte[], int, int, int, long, long, long)}.
     */
    void addShort(byte[] word, int from, int length, int hash, long key0, long key1) {
        long[] s = slots;
        int index = hash << 2 & mask;
        if (s[index + META] == ((long) hash << 32 | length) && s[index + KEY0] == key0 && s[index + KEY1] == key1) {
            s[index + COUNT]++;
            return;
        }
        add(word, from, length, hash, key0, key1, 1);
    }

    /**
     * Adds {@code count} to the word {@code word[from, from + length)}, whose {@link #hash} is
     * {@code hash} and whose first two chunks are {@code key0} and {@code key1}.
     */
    void add(byte[] word, int from, int length, int hash, long key0, long key1, long count) {
        long meta = (long) hash << 32 | length;
        long[] s = slots;
        int m = mask;
        int index = hash << 2 & m;
        for (int probes = 0; ; probes++) {
            if (probes > maxProbe) {
                reseed();
                add(word, from, length, hashOf(word, from, length, key0, key1), key0, key1, count);
                return;
            }
            long slotMeta = s[index + META];
            if (slotMeta == meta && s[index + KEY0] == key0 && s[index + KEY1] == key1
                    && (length <= 16 || sameTail(index, word, from, length))) {
                s[index + COUNT] += count;
                return;
            }
            if (slotMeta == 0) {
                insert(index, word, from, length, meta, key0, key1, count);
                return;
            }
            index = (index + 4) & m;
        }
    }

    /** The hash under the current seed of a word given by its keys (up to 16 bytes) or its bytes. */
    private int hashOf(byte[] word, int from, int length, long key0, long key1) {
        if (length > 16) {
            return hash(seed, word, from, length);
        }
        long h = mixChunk(seed, key0);
        if (length > 8) {
            h = mixChunk(h, key1);
        }
        return finish(h, length);
    }

    /**
     * A probe ran past the bound: rehash every word under a fresh seed (same capacity). After
     * {@value #MAX_RESEEDS} reseeds the bound doubles instead, so the words of a text that
     * collide under every seed cost probes but never repeated rehashing.
     */
    private void reseed() {
        if (++reseeds > MAX_RESEEDS) {
            maxProbe *= 2;
            return;
        }
        seed = mixChunk(seed ^ System.nanoTime(), 0x632BE59BD9B4E019L + reseeds);
        long[] s = slots;
        for (int index = 0; index < s.length; index += 4) {
            long meta = s[index + META];
            if (meta != 0) {
                int length = (int) meta;
                int start = starts[index >>> 2];
                s[index + META] = (long) hashOf(arena, start, length, s[index + KEY0], s[index + KEY1]) << 32 | length;
            }
        }
        place(s, starts, s.length);
    }

    /** The longest probe any word of the table now needs (for tests of the bound). */
    int longestProbe() {
        int longest = 0;
        for (int index = 0; index < slots.length; index += 4) {
            long meta = slots[index + META];
            if (meta != 0) {
                int home = (int) (meta >>> 32) << 2 & mask;
                longest = Math.max(longest, ((index - home) & mask) >>> 2);
            }
        }
        return longest;
    }

    private boolean sameTail(int index, byte[] word, int from, int length) {
        int start = starts[index >>> 2];
        return Arrays.equals(arena, start + 16, start + length, word, from + 16, from + length);
    }

    private void insert(int index, byte[] word, int from, int length, long meta, long key0, long key1, long count) {
        if (arena.length - arenaUsed < length + 16) {
            long needed = (long) arenaUsed + length + 16;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new WordScanner.WordTooLongException("more than 2 GiB of distinct words, more than one Java array holds");
            }
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) arena.length * 2, needed)));
        }
        if (length <= 16) {
            // The keys hold the whole word (the arena has 16 bytes of room beyond it, see above).
            LONGS.set(arena, arenaUsed, key0);
            LONGS.set(arena, arenaUsed + 8, key1);
        } else {
            System.arraycopy(word, from, arena, arenaUsed, length);
        }
        slots[index + KEY0] = key0;
        slots[index + KEY1] = key1;
        slots[index + META] = meta;
        slots[index + COUNT] = count;
        starts[index >>> 2] = arenaUsed;
        arenaUsed += length;
        if (++size * 2 > starts.length) {
            rehash();
        }
    }

    private void rehash() {
        place(slots, starts, slots.length * 2);
    }

    /** Moves the words of {@code oldSlots} (hashes in their meta) into fresh arrays of {@code capacity} longs. */
    private void place(long[] oldSlots, int[] oldStarts, int capacity) {
        slots = new long[capacity];
        starts = new int[capacity / 4];
        mask = slots.length - 1;
        for (int from = 0; from < oldSlots.length; from += 4) {
            long meta = oldSlots[from + META];
            if (meta != 0) {
                int index = (int) (meta >>> 32) << 2 & mask;
                while (slots[index + META] != 0) {
                    index = (index + 4) & mask;
                }
                System.arraycopy(oldSlots, from, slots, index, 4);
                starts[index >>> 2] = oldStarts[from >>> 2];
            }
        }
    }

    /** Adds all of {@code other}'s counts to this table. */
    void addAll(WordTable other) {
        long[] s = other.slots;
        for (int index = 0; index < s.length; index += 4) {
            long meta = s[index + META];
            if (meta != 0) {
                // The other table may have been reseeded: hash again under this table's seed.
                int start = other.starts[index >>> 2];
                int length = (int) meta;
                long key0 = s[index + KEY0];
                long key1 = s[index + KEY1];
                add(other.arena, start, length, hashOf(other.arena, start, length, key0, key1), key0, key1, s[index + COUNT]);
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
                selector.accept(new String(arena, starts[index >>> 2], (int) meta, StandardCharsets.UTF_8), count);
            }
        }
        return selector.result();
    }
}
