package wordbench.spi;

import java.util.Objects;

/** One word and how often it occurs. */
public record WordCount(String word, long count) {

    public WordCount {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("a word is never empty");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + word + "=" + count);
        }
    }

    @Override
    public String toString() {
        return word + "\t" + count;
    }
}
