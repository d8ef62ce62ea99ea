package wordbench.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ObjLongConsumer;

/**
 * The answer: at most N words in canonical order, which is count descending, then word ascending
 * by code point (as CPython compares str). Immutable.
 */
public record TopWords(List<WordCount> entries) {

    /**
     * Canonical order. Note {@link String#compareTo} compares UTF-16 units, which sorts U+FFxx after
     * supplementary characters; CPython compares code points, so do we.
     */
    public static final Comparator<WordCount> CANONICAL =
            Comparator.comparingLong(WordCount::count).reversed()
                    .thenComparing(WordCount::word, TopWords::compareByCodePoint);

    public TopWords {
        entries = List.copyOf(entries);
        for (int i = 1; i < entries.size(); i++) {
            if (CANONICAL.compare(entries.get(i - 1), entries.get(i)) >= 0) {
                throw new IllegalArgumentException("not in canonical order (or duplicate) at " + i
                        + ": " + entries.get(i - 1) + " then " + entries.get(i));
            }
        }
    }

    public static final TopWords EMPTY = new TopWords(List.of());

    /** Code point order, as CPython compares str. */
    public static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Picks the top {@code n} of a word-to-count map. */
    public static TopWords of(Map<String, ? extends Number> counts, int n) {
        Selector selector = new Selector(n);
        counts.forEach((w, c) -> selector.accept(w, c.longValue()));
        return selector.result();
    }

    /**
     * Keeps the best {@code n} of the (word, count) pairs it is fed, in O(total log n), so a
     * strategy with its own table need not build a map or sort everything.
     */
    public static final class Selector implements ObjLongConsumer<String> {
        private final int n;
        // The worst kept entry sits on top, ready to be evicted.
        private final PriorityQueue<WordCount> heap;

        public Selector(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("N must be a positive integer, not " + n);
            }
            this.n = n;
            this.heap = new PriorityQueue<>(Math.min(n, 1 << 16) + 1, CANONICAL.reversed());
        }

        /** Whether a word with this count could still enter, so callers can skip making its String. */
        public boolean wouldKeep(long count) {
            return heap.size() < n || count >= heap.peek().count();
        }

        @Override
        public void accept(String word, long count) {
            WordCount candidate = new WordCount(word, count);
            if (heap.size() < n) {
                heap.add(candidate);
            } else if (CANONICAL.compare(candidate, heap.peek()) < 0) {
                heap.poll();
                heap.add(candidate);
            }
        }

        public TopWords result() {
            List<WordCount> out = new ArrayList<>(heap);
            out.sort(CANONICAL);
            return new TopWords(out);
        }
    }

    /** {@code word<TAB>count} lines, the CLI's and the golden files' format. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        for (WordCount e : entries) {
            sb.append(e.word()).append('\t').append(e.count()).append('\n');
        }
        return sb.toString();
    }

    public int size() {
        return entries.size();
    }
}
