package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.conformance.CPythonOracle;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/** Every Rust strategy against the oracle itself, CPython 3.11, on tricky and random texts. */
class RustVsCPythonTest {

    @TempDir
    Path dir;

    /** The oracle's answer as the TSV a strategy's {@code toTsv()} gives. */
    private static String tsv(CPythonOracle.Answer answer) {
        if (!(answer instanceof CPythonOracle.Top top)) {
            throw new AssertionError("CPython could not count a generated text: " + answer);
        }
        return new TopWords(top.entries()).toTsv();
    }

    @Test
    void trickyAndRandomTextsMatchCPython() throws Exception {
        assumeTrue(NativeLibrary.availability().available());
        CPythonOracle.assumeAvailable();
        List<String> texts = new ArrayList<>(RustCountersTest.TRICKY);
        String[] pieces = {"ab", "AB", "Σ", "ΑΣ", "σ", ".", " ", "\n", "'", ":", "İ", "\u0307", "\u0301", "𠀀", "٣",
                "\u212A", "ǅ", "_", "9", "é", "\u00A0", "ß", "\u0345", "ʰ", "Ω", "\uFF41", "𐐀", "\u200D", "-"};
        Random random = new Random(7);
        for (int t = 0; t < 30; t++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(t < 25 ? 40 : 200_000);
            for (int i = 0; i < length; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(sb.toString());
        }
        List<Path> files = new ArrayList<>();
        for (String text : texts) {
            Path f = Files.createTempFile(dir, "t", ".txt");
            Files.writeString(f, text);
            files.add(f);
        }
        // The oracle's answers, asked in one python3 run.
        List<CPythonOracle.Question> questions = new ArrayList<>();
        for (Path f : files) {
            questions.add(new CPythonOracle.Question(List.of(f), 50));
        }
        questions.add(new CPythonOracle.Question(files, 2000));
        List<String> answers = CPythonOracle.ask(questions).stream().map(RustVsCPythonTest::tsv).toList();
        List<String> expected = answers.subList(0, files.size());
        String expectedTogether = answers.getLast();
        for (String name : RustCountersTest.NAMES) {
            WordCounter counter = RustCountersTest.strategy(name);
            for (int i = 0; i < files.size(); i++) {
                assertEquals(expected.get(i), counter.count(List.of(files.get(i)), 50).toTsv(),
                        name + " on " + texts.get(i));
            }
            assertEquals(expectedTogether, counter.count(files, 2000).toTsv(), name + " on all files together");
        }
    }
}
