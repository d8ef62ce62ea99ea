package wordbench.harness.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The adversarial benchmark input: a text the size of big.txt made of words crafted, from a seed,
 * to collide under the word hashes the fast strategies used before they were keyed. Half the
 * distinct words cluster in java-fast's table of old (the low 16 bits of its unkeyed hash below
 * 64), half in the Rust core's (the top 10 bits of its unkeyed hash zero); under those hashes
 * every insert walked a cluster of tens of thousands of slots, 437 to 1,565 times slower than
 * normal words. Beside big.txt in the benchmark, it shows that no text makes a strategy quadratic.
 *
 * <p>{@link #write} with {@code crafted = false} writes the control: the same number of distinct
 * random 8-letter words, repeated the same way, so a crafted text can be compared with a normal
 * text of the same size and word count. Both are deterministic for a seed.
 */
public final class FloodText {
    /** The seed of the committed benchmark input. */
    public static final long SEED = 2016;
    /** Distinct words per attacked table. */
    static final int WORDS_PER_TABLE = 100_000;
    /** About big.txt's size: the distinct words are repeated up to this many bytes. */
    static final long TARGET_BYTES = 6_400_000;
    private static final int WORD_BYTES = 8;

    private FloodText() {
    }

    /** The flood file for {@link #SEED} in {@code dir}, written on first use. */
    public static Path file(Path dir) throws IOException {
        Path file = dir.resolve("flood-" + SEED + ".txt");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "flood-", ".partial");
            write(partial, SEED, true);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Writes the flood text for {@code seed} (or, with {@code crafted = false}, its control) to {@code file}. */
    public static void write(Path file, long seed, boolean crafted) throws IOException {
        byte[][] words = crafted ? craftedWords(seed) : randomWords(seed, 2 * WORDS_PER_TABLE, w -> true);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long written = 0;
            for (int round = 0; written < TARGET_BYTES; round++) {
                for (int k = 0; k < words.length && written < TARGET_BYTES; k++) {
                    out.write(words[k]);
                    out.write(k % 12 == 11 ? '\n' : ' ');
                    written += WORD_BYTES + 1;
                }
            }
        }
    }

    private static byte[][] craftedWords(long seed) {
        byte[][] java = randomWords(seed, WORDS_PER_TABLE, FloodText::floodsOldJavaTable);
        byte[][] rust = randomWords(seed + 1, WORDS_PER_TABLE, FloodText::floodsOldRustTable);
        byte[][] all = new byte[2 * WORDS_PER_TABLE][];
        for (int k = 0; k < WORDS_PER_TABLE; k++) {
            all[2 * k] = java[k];
            all[2 * k + 1] = rust[k];
        }
        return all;
    }

    /** {@code count} distinct 8-letter lowercase words that pass {@code test}, drawn from {@code seed}. */
    private static byte[][] randomWords(long seed, int count, java.util.function.LongPredicate test) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>();
        byte[][] words = new byte[count][];
        int found = 0;
        while (found < count) {
            long key = 0;
            for (int k = 0; k < WORD_BYTES; k++) {
                key |= (long) ('a' + random.nextInt(26)) << (8 * k);
            }
            if (test.test(key) && seen.add(key)) {
                byte[] word = new byte[WORD_BYTES];
                for (int k = 0; k < WORD_BYTES; k++) {
                    word[k] = (byte) (key >>> (8 * k));
                }
                words[found++] = word;
            }
        }
        return words;
    }

    /**
     * java-fast's unkeyed hash of an 8-byte word (its little-endian {@code key}) before it was keyed;
     * its table took a word's home slot from the low bits of this hash.
     */
    static int oldJavaHash(long key) {
        long h = Long.rotateLeft(key * 0x9E3779B97F4A7C15L, 29);
        return (int) ((h ^ WORD_BYTES) * 0xC2B2AE3D27D4EB4FL >>> 32);
    }

    static boolean floodsOldJavaTable(long key) {
        return (oldJavaHash(key) & 0xFFFF) < 64;
    }

    /** The Rust core's unkeyed hash of a word of up to 8 bytes before it was keyed; homes came from its top bits. */
    static long oldRustHash(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }

    static boolean floodsOldRustTable(long key) {
        return oldRustHash(key) >>> 54 == 0;
    }

    /** {@code FloodText FILE [SEED] [control]}: writes a flood text (or its control) for experiments. */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        write(Path.of(args[0]), seed, !(args.length > 2 && args[2].equals("control")));
    }
}
