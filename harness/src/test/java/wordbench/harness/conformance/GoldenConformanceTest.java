package wordbench.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static wordbench.conformance.ConformanceFiles.FIXTURE_N;
import static wordbench.harness.conformance.TopWordsAssert.assertSameAs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.ConformanceFiles;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.Strategies;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/**
 * The gate: every strategy ServiceLoader finds, on every fixture, must give exactly CPython's answer
 * (the committed goldens of {@code make_golden.py}), alone and with fixtures counted together.
 */
class GoldenConformanceTest {

    /** Fixtures counted together: their counts add up, and nothing crosses from one file into the next. */
    private static final List<List<String>> FIXTURE_GROUPS = List.of(
            // The first ends in "ΑΣ" (final sigma), the second starts with "Σ1" (not final): any word
            // or sigma context carried across the file boundary changes the answer.
            List.of("file-boundary-a.txt", "file-boundary-b.txt"),
            List.of("file-boundary-b.txt", "file-boundary-a.txt"),
            // An ASCII-only file and a non-ASCII one sharing words, for strategies with an ASCII fast path.
            List.of("ascii-punctuation.txt", "mixed-scripts.txt", "no-trailing-newline.txt"),
            List.of("greek-sigma.txt", "greek-sigma.txt"),
            List.of("empty.txt", "cjk.txt", "only-separators.txt"),
            List.of("code-point-order.txt", "unicode16-letters.txt", "turkish.txt"));

    private static final SharedStrategies STRATEGIES = new SharedStrategies();

    @AfterAll
    static void closeStrategies() {
        STRATEGIES.close();
    }

    static Stream<Arguments> strategiesAndFixtures() {
        List<Arguments> cases = new ArrayList<>();
        for (String strategy : STRATEGIES.names()) {
            for (String fixture : ConformanceFiles.fixtureNames()) {
                cases.add(Arguments.of(strategy, fixture));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> strategiesAndFixtureGroups() {
        List<Arguments> cases = new ArrayList<>();
        for (String strategy : STRATEGIES.names()) {
            for (List<String> group : FIXTURE_GROUPS) {
                cases.add(Arguments.of(strategy, group));
            }
        }
        return cases.stream();
    }

    static List<String> strategies() {
        return STRATEGIES.names();
    }

    @Test
    void atLeastOneStrategyIsAvailable() {
        Strategies all = STRATEGIES.get();
        assertFalse(all.available().isEmpty(), () -> "no available strategy among " + all.names()
                + ": the conformance gate would check nothing");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("strategiesAndFixtures")
    void givesCPythonsAnswer(String strategy, String fixture) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        List<WordCount> golden = ConformanceFiles.golden(fixture);
        List<Path> files = List.of(ConformanceFiles.fixture(fixture));
        assertSameAs(golden, counter.count(files, FIXTURE_N), strategy + " on " + fixture + " (N=" + FIXTURE_N + ")");
        // A small N cuts through ties: the answer is still exactly the head of the canonical list.
        int n = 3;
        assertSameAs(golden.subList(0, Math.min(n, golden.size())), counter.count(files, n),
                strategy + " on " + fixture + " (N=" + n + ")");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("strategiesAndFixtureGroups")
    void severalFilesAddUp(String strategy, List<String> fixtures) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        List<List<WordCount>> goldens = new ArrayList<>();
        for (String fixture : fixtures) {
            goldens.add(ConformanceFiles.golden(fixture));
        }
        List<Path> files = fixtures.stream().map(ConformanceFiles::fixture).toList();
        assertSameAs(ConformanceFiles.sum(goldens), counter.count(files, FIXTURE_N), strategy + " on " + fixtures);
    }

    @ParameterizedTest(name = "{0} on big.txt")
    @MethodSource("strategies")
    void bigTxtTop50(String strategy) throws IOException {
        WordCounter counter = STRATEGIES.require(strategy);
        Path bigTxt = verifiedBigTxt();
        assertSameAs(ConformanceFiles.bigTxtGolden(), counter.count(List.of(bigTxt), ConformanceFiles.BIG_TXT_N),
                strategy + " on big.txt (N=" + ConformanceFiles.BIG_TXT_N + ")");
    }

    /** data/big.txt, checked against its sha256; skipped (not failed) where the git-ignored corpus is absent. */
    static Path verifiedBigTxt() throws IOException {
        Path home = Corpus.home();
        Path file = home.resolve("data").resolve(Corpus.FILE_NAME);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> file + " is absent (the corpus is git-ignored;"
                + " data/fetch-corpus gets it): the big.txt golden check is skipped");
        return Corpus.bigTxt(home);
    }
}
