package wordbench.harness.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.CPythonOracle;
import wordbench.conformance.CPythonOracle.Question;
import wordbench.spi.ReferenceCount;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/**
 * Random tricky texts (see {@link TrickyTexts}), answered by CPython in one python3 run, then
 * every strategy must give the same answers. Reproducible: the seed is printed, and
 * {@code -Dwordbench.seed=N} replays it ({@code -Dwordbench.seed=random} draws a new one).
 */
class PropertyConformanceTest {

    private static final long DEFAULT_SEED = 20161025L;
    private static final int SINGLE_FILE_CASES = 200;
    private static final int TWO_FILE_CASES = 24;
    /** Small-to-medium texts keep the suite fast (Jython's non-ASCII path is slow). */
    private static final int MAX_CHARS = 3000;
    private static final int[] NS = {1, 2, 3, 5, 10, 25, 1000};
    private static final int SHOWN_FAILURES = 3;

    private static final SharedStrategies STRATEGIES = new SharedStrategies();

    @TempDir
    static Path dir;

    private static long seed;
    private static final List<Question> CASES = new ArrayList<>();
    private static final List<List<WordCount>> ANSWERS = new ArrayList<>();

    @BeforeAll
    static void askCPython() throws IOException {
        CPythonOracle.assumeAvailable();
        seed = seed();
        System.out.println("PropertyConformanceTest: seed " + seed + " (replay with -Dwordbench.seed=" + seed + ")");
        TrickyTexts texts = new TrickyTexts(seed);
        Random choices = new Random(seed ^ 0x5DEECE66DL);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SINGLE_FILE_CASES; i++) {
            Path file = dir.resolve(String.format("text-%03d.txt", i));
            // Every seventh text is plain ASCII, so ASCII fast paths meet the same scrutiny.
            Files.writeString(file, texts.next(MAX_CHARS, i % 7 == 0), StandardCharsets.UTF_8);
            files.add(file);
            CASES.add(new Question(List.of(file), NS[choices.nextInt(NS.length)]));
        }
        for (int i = 0; i < TWO_FILE_CASES; i++) {
            List<Path> pair = List.of(files.get(choices.nextInt(files.size())), files.get(choices.nextInt(files.size())));
            CASES.add(new Question(pair, NS[choices.nextInt(NS.length)]));
        }
        for (CPythonOracle.Answer answer : CPythonOracle.ask(CASES)) {
            if (!(answer instanceof CPythonOracle.Top top)) {
                throw new IllegalStateException("CPython could not count a generated text: " + answer);
            }
            ANSWERS.add(top.entries());
        }
    }

    private static long seed() {
        String property = System.getProperty("wordbench.seed", "").trim();
        if (property.isEmpty()) {
            return DEFAULT_SEED;
        }
        return property.equals("random") ? System.nanoTime() : Long.parseLong(property);
    }

    @AfterAll
    static void closeStrategies() {
        STRATEGIES.close();
    }

    static List<String> strategies() {
        return STRATEGIES.names();
    }

    /** Something that answers a question: a strategy, or the reference rule. */
    private interface Answerer {
        TopWords answer(List<Path> files, int n) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void strategyAgreesWithCPythonOnRandomTexts(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        checkAll(strategy, counter::count);
    }

    @Test
    void referenceRuleAgreesWithCPythonOnRandomTexts() throws IOException {
        checkAll("ReferenceCount", ReferenceCount::topWords);
    }

    private static void checkAll(String who, Answerer answerer) throws IOException {
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < CASES.size(); i++) {
            Question q = CASES.get(i);
            List<WordCount> expected = ANSWERS.get(i);
            String what = who + " on " + q.files().stream().map(f -> f.getFileName().toString()).toList()
                    + " (N=" + q.n() + ")";
            TopWords actual;
            try {
                actual = answerer.answer(q.files(), q.n());
            } catch (IOException | RuntimeException e) {
                failed++;
                if (failures.size() < SHOWN_FAILURES) {
                    failures.add(what + " threw " + e);
                }
                continue;
            }
            if (!expected.equals(actual.entries())) {
                failed++;
                if (failures.size() < SHOWN_FAILURES) {
                    failures.add(TopWordsAssert.describe(expected, actual.entries(), what));
                }
            }
        }
        if (failed > 0) {
            fail(who + " disagrees with CPython on " + failed + " of " + CASES.size() + " random cases (seed " + seed
                    + ", replay with -Dwordbench.seed=" + seed + "; texts kept only for the run). First ones:\n"
                    + String.join("\n", failures));
        }
    }
}
