package wordbench.harness.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;

/**
 * Runs several strategies on one input and sees whether they agree. The answer most of them give
 * is taken as the agreed one; on a tie, the answer of the reference rule
 * ({@link wordbench.spi.PythonWordRule}, checked against CPython by the conformance suite) decides.
 *
 * @param agreed     the agreed answer (empty list of entries when nothing ran)
 * @param agreeing   names of the strategies that gave it
 * @param dissenting strategy name to what went wrong (a different answer, or an error)
 * @param refused    strategy name to its refusal of a file larger than it holds (its one-line message):
 *                   no answer, but no disagreement either
 */
public record Agreement(TopWords agreed, List<String> agreeing, Map<String, String> dissenting,
                        Map<String, String> refused) {

    public boolean unanimous() {
        return dissenting.isEmpty();
    }

    /** Runs each strategy once. Input errors (bad UTF-8, missing file) are not disagreement: they propagate. */
    public static Agreement check(List<WordCounter> counters, List<Path> files, int n,
                                  ReferenceAnswer reference) throws IOException {
        Map<String, TopWords> answers = new LinkedHashMap<>();
        Map<String, String> dissenting = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (WordCounter counter : counters) {
            try {
                answers.put(counter.name(), counter.count(files, n));
            } catch (wordbench.spi.InvalidUtf8Exception | java.nio.file.NoSuchFileException e) {
                throw e;
            } catch (WholeTextLimit.InputTooLargeException e) {
                refused.put(counter.name(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                dissenting.put(counter.name(), "failed: " + e.getMessage());
            }
        }
        Map<TopWords, List<String>> groups = new LinkedHashMap<>();
        answers.forEach((name, answer) -> groups.computeIfAbsent(answer, a -> new ArrayList<>()).add(name));
        TopWords agreed = TopWords.EMPTY;
        List<String> agreeing = List.of();
        int best = 0;
        boolean tie = false;
        for (Map.Entry<TopWords, List<String>> group : groups.entrySet()) {
            if (group.getValue().size() > best) {
                best = group.getValue().size();
                agreed = group.getKey();
                agreeing = group.getValue();
                tie = false;
            } else if (group.getValue().size() == best) {
                tie = true;
            }
        }
        if (tie) {
            TopWords truth = reference.answer(files, n);
            List<String> side = groups.get(truth);
            agreed = truth;
            agreeing = side == null ? List.of() : side;
        }
        for (Map.Entry<TopWords, List<String>> group : groups.entrySet()) {
            if (!group.getKey().equals(agreed)) {
                for (String name : group.getValue()) {
                    dissenting.put(name, "answered differently: " + firstDifference(agreed, group.getKey()));
                }
            }
        }
        return new Agreement(agreed, List.copyOf(agreeing), Map.copyOf(dissenting),
                java.util.Collections.unmodifiableMap(refused)); // refusals in the order the strategies ran
    }

    /** Computes the reference answer; only needed to break a tie. */
    @FunctionalInterface
    public interface ReferenceAnswer {
        TopWords answer(List<Path> files, int n) throws IOException;
    }

    static String firstDifference(TopWords expected, TopWords actual) {
        List<?> a = expected.entries();
        List<?> b = actual.entries();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Object x = i < a.size() ? a.get(i) : "(nothing)";
            Object y = i < b.size() ? b.get(i) : "(nothing)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " is '" + y + "', expected '" + x + "'";
            }
        }
        return "same entries";
    }
}
