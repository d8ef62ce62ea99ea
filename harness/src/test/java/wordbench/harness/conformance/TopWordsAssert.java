package wordbench.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;

/** Compares an answer with CPython's and, when they differ, says where and how in readable form. */
final class TopWordsAssert {

    private static final int SHOWN = 12;

    private TopWordsAssert() {
    }

    static void assertSameAs(List<WordCount> expected, TopWords actual, String what) {
        List<WordCount> got = actual.entries();
        if (!expected.equals(got)) {
            // assertEquals on the TSV texts lets an IDE show a side-by-side diff; the message does the rest.
            assertEquals(new TopWords(expected).toTsv(), actual.toTsv(), describe(expected, got, what));
        }
    }

    static String describe(List<WordCount> expected, List<WordCount> got, String what) {
        StringBuilder out = new StringBuilder(what).append(" differs from CPython's answer: expected ")
                .append(expected.size()).append(" entries, got ").append(got.size()).append('\n');
        int first = 0;
        while (first < Math.min(expected.size(), got.size()) && expected.get(first).equals(got.get(first))) {
            first++;
        }
        out.append("  first difference at rank ").append(first + 1).append(": expected ")
                .append(first < expected.size() ? show(expected.get(first)) : "(nothing)")
                .append(", got ").append(first < got.size() ? show(got.get(first)) : "(nothing)").append('\n');
        appendOnlyIn("  only in CPython's: ", expected, got, out);
        appendOnlyIn("  only in the answer: ", got, expected, out);
        return out.toString();
    }

    private static void appendOnlyIn(String label, List<WordCount> these, List<WordCount> others, StringBuilder out) {
        Set<WordCount> rest = new LinkedHashSet<>(these);
        rest.removeAll(new LinkedHashSet<>(others));
        if (rest.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        for (WordCount entry : rest) {
            if (shown.size() == SHOWN) {
                shown.add("... " + (rest.size() - SHOWN) + " more");
                break;
            }
            shown.add(show(entry));
        }
        out.append(label).append(String.join(", ", shown)).append('\n');
    }

    /** "ς"=3 [U+03C2]: code points spelled out when the word is not plain ASCII, as marks are invisible. */
    static String show(WordCount entry) {
        String word = entry.word();
        StringBuilder out = new StringBuilder();
        out.append('"').append(word.length() > 40 ? word.substring(0, 40) + "..." : word).append("\"=")
                .append(entry.count());
        if (!word.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            out.append(" [");
            word.codePoints().limit(12).forEach(cp -> out.append(String.format("U+%04X ", cp)));
            out.setLength(out.length() - 1);
            out.append(word.codePointCount(0, word.length()) > 12 ? " ...]" : "]");
        }
        return out.toString();
    }
}
