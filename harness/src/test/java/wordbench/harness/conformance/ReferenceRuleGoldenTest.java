package wordbench.harness.conformance;

import static wordbench.conformance.ConformanceFiles.FIXTURE_N;
import static wordbench.harness.conformance.TopWordsAssert.assertSameAs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.ConformanceFiles;
import wordbench.spi.PythonWordRule;
import wordbench.spi.ReferenceCount;
import wordbench.spi.TopWords;
import wordbench.spi.Utf8;

/**
 * The reference rule (PythonWordRule and its CPython tables) against CPython's goldens, with no
 * strategy involved: a broken table shows up here even when every strategy shares it.
 */
class ReferenceRuleGoldenTest {

    static List<String> fixtures() {
        return ConformanceFiles.fixtureNames();
    }

    @ParameterizedTest(name = "forEachWord on {0}")
    @MethodSource("fixtures")
    void forEachWordGivesCPythonsWords(String fixture) throws IOException {
        Path file = ConformanceFiles.fixture(fixture);
        Map<String, Long> counts = new HashMap<>();
        PythonWordRule.forEachWord(Utf8.decode(Files.readAllBytes(file), file), w -> counts.merge(w, 1L, Long::sum));
        assertSameAs(ConformanceFiles.golden(fixture), TopWords.of(counts, FIXTURE_N), "PythonWordRule.forEachWord on " + fixture);
    }

    @ParameterizedTest(name = "ReferenceCount on {0}")
    @MethodSource("fixtures")
    void referenceCountGivesCPythonsAnswer(String fixture) throws IOException {
        assertSameAs(ConformanceFiles.golden(fixture),
                ReferenceCount.topWords(List.of(ConformanceFiles.fixture(fixture)), FIXTURE_N), "ReferenceCount on " + fixture);
    }

    @Test
    void referenceCountOnBigTxt() throws IOException {
        Path bigTxt = GoldenConformanceTest.verifiedBigTxt();
        assertSameAs(ConformanceFiles.bigTxtGolden(), ReferenceCount.topWords(List.of(bigTxt), ConformanceFiles.BIG_TXT_N),
                "ReferenceCount on big.txt");
    }
}
