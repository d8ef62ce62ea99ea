package wordbench.impls.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hash flooding, checked by structure rather than time: words crafted so that the unkeyed hash of
 * old (seed 0) sends them all to 64 home slots would make every insert walk a cluster of thousands
 * of slots (quadratic). The keyed table must keep every probe within its bound and still count
 * every word exactly, whatever its seed.
 */
class WordTableFloodTest {
    private static final int WORDS = 20_000;

    /** Distinct 8-letter words whose seed-0 hash has its low 16 bits below 64 (found by trying). */
    static List<byte[]> wordsCollidingUnderSeedZero(int count, long generatorSeed) {
        SplittableRandom random = new SplittableRandom(generatorSeed);
        List<byte[]> words = new ArrayList<>(count);
        java.util.Set<String> seen = new java.util.HashSet<>();
        byte[] word = new byte[8];
        while (words.size() < count) {
            for (int k = 0; k < 8; k++) {
                word[k] = (byte) ('a' + random.nextInt(26));
            }
            if ((WordTable.hash(0, word, 0, 8) & 0xFFFF) < 64 && seen.add(new String(word, StandardCharsets.US_ASCII))) {
                words.add(word.clone());
            }
        }
        return words;
    }

    @Test
    void craftedWordsCollideUnderTheOldHashButNotPastTheProbeBound() {
        List<byte[]> words = wordsCollidingUnderSeedZero(WORDS, 13);
        WordTable table = new WordTable(0);
        for (int round = 1; round <= 2; round++) {
            for (byte[] word : words) {
                table.add(word, 0, word.length, round);
            }
        }
        assertEquals(WORDS, table.size());
        assertTrue(table.longestProbe() <= WordTable.MAX_PROBE, "longest probe " + table.longestProbe());
        assertTrue(table.seed != 0, "the table reseeded away from the flooded hash");
        // Every word was counted exactly: once in round 1 and twice in round 2.
        var top = table.top(WORDS).entries();
        assertEquals(WORDS, top.size());
        top.forEach(e -> assertEquals(3, e.count(), e.word()));
    }

    @Test
    void theAnswerDoesNotDependOnTheSeed() {
        List<byte[]> words = wordsCollidingUnderSeedZero(2_000, 7);
        List<WordTable> tables = List.of(new WordTable(0), new WordTable(42), new WordTable());
        for (WordTable table : tables) {
            for (int k = 0; k < words.size(); k++) {
                table.add(words.get(k), 0, 8, k % 5 + 1);
            }
            table.add("a_word_longer_than_sixteen_bytes".getBytes(StandardCharsets.US_ASCII), 0, 32, 9);
        }
        WordTable merged = new WordTable(1);
        merged.addAll(tables.get(0));
        merged.addAll(tables.get(1));
        assertEquals(tables.get(0).top(100), tables.get(1).top(100));
        assertEquals(tables.get(0).top(100), tables.get(2).top(100));
        assertEquals(2 * tables.get(0).top(1).entries().get(0).count(), merged.top(1).entries().get(0).count());
        assertEquals(words.size() + 1, merged.size());
    }
}
