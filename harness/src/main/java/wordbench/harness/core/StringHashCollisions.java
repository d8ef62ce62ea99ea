package wordbench.harness.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Texts against Java's {@code String.hashCode}, the hash Jython's dict uses and no strategy can
 * key: {@code "aþ"} and {@code "bß"} have the same hash (97·31 + 254 = 98·31 + 223), so every word
 * made of k such blocks has the same hash as every other: 2^k distinct words in one bucket. The
 * control has as many distinct words of the same length from the same letters, the blocks drawn
 * at random from four of different hashes ({@code aþ}, {@code þa}, {@code ßb}, {@code ab}), so theirs spread. Each
 * word appears once, twelve to a line; all letters are word characters and already lowercase.
 */
public final class StringHashCollisions {

    static final List<String> COLLIDING_BLOCKS = List.of("a\u00fe", "b\u00df");
    static final List<String> CONTROL_BLOCKS = List.of("a\u00fe", "\u00fea", "\u00dfb", "ab");

    private StringHashCollisions() {
    }

    /** The 2^{@code bits} distinct words: all of one hash ({@code colliding}), or the control's. */
    public static List<String> words(int bits, boolean colliding, long seed) {
        if (bits < 1 || bits > 24) {
            throw new IllegalArgumentException("bits must be 1..24, not " + bits);
        }
        int count = 1 << bits;
        LinkedHashSet<String> words = new LinkedHashSet<>();
        if (colliding) {
            for (int n = 0; n < count; n++) {
                StringBuilder word = new StringBuilder();
                for (int b = 0; b < bits; b++) {
                    word.append(COLLIDING_BLOCKS.get((n >>> b) & 1));
                }
                words.add(word.toString());
            }
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            while (words.size() < count) {
                StringBuilder word = new StringBuilder();
                for (int b = 0; b < bits; b++) {
                    word.append(CONTROL_BLOCKS.get(random.nextInt(CONTROL_BLOCKS.size())));
                }
                words.add(word.toString());
            }
        }
        return List.copyOf(words);
    }

    /** Writes {@link #words} to {@code file} as UTF-8, each once, twelve to a line. */
    public static void write(Path file, int bits, boolean colliding, long seed) throws IOException {
        List<String> words = words(bits, colliding, seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < words.size(); n++) {
                out.write(words.get(n));
                out.write(n % 12 == 11 ? '\n' : ' ');
            }
        }
    }
}
