package wordbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wordbench.conformance.CPythonOracle.Question;

/** The oracle helper answers what the committed goldens say, in one batch, errors included. */
class CPythonOracleTest {

    @BeforeEach
    void needsTheOracle() {
        CPythonOracle.assumeAvailable();
    }

    @Test
    void answersEveryFixtureAsItsGolden() throws IOException {
        List<String> names = ConformanceFiles.fixtureNames();
        List<Question> questions = new ArrayList<>();
        for (String name : names) {
            questions.add(new Question(List.of(ConformanceFiles.fixture(name)), CPythonOracle.ALL));
        }
        List<CPythonOracle.Answer> answers = CPythonOracle.ask(questions);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(new CPythonOracle.Top(ConformanceFiles.golden(names.get(i))), answers.get(i), names.get(i));
        }
    }

    @Test
    void topNIsTheHeadOfTheCanonicalOrder() throws IOException {
        Path greek = ConformanceFiles.fixture("greek-sigma.txt");
        assertEquals(new CPythonOracle.Top(ConformanceFiles.golden("greek-sigma.txt").subList(0, 3)),
                CPythonOracle.ask(List.of(greek), 3));
    }

    @Test
    void invalidUtf8AndMissingFilesAreAnswersToo() throws IOException {
        ConformanceFiles.InvalidCase invalid = ConformanceFiles.invalidUtf8Cases().getLast();
        Path german = ConformanceFiles.fixture("german.txt");
        assertEquals(new CPythonOracle.InvalidUtf8(1, invalid.offset()),
                CPythonOracle.ask(List.of(german, invalid.file()), 10));
        assertEquals(new CPythonOracle.Missing(1),
                CPythonOracle.ask(List.of(german, german.resolveSibling("no-such-fixture.txt")), 10));
    }
}
