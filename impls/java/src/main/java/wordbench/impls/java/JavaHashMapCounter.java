package wordbench.impls.java;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.MetaInfServices;
import wordbench.spi.PythonWordRule;
import wordbench.spi.TopWords;
import wordbench.spi.Utf8;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;
import wordbench.spi.StrategyTraits;

/**
 * What a Java developer writes first: read the whole file into a String, lowercase it the way
 * Python does, cut it into words and count them in a {@code HashMap<String, Integer>}.
 * The baseline the faster strategies are measured against.
 */
@MetaInfServices(WordCounter.class)
public final class JavaHashMapCounter implements WordCounter {

    @Override
    public String name() {
        return "java-hashmap";
    }

    @Override
    public StrategyTraits traits() {
        return JavaTraits.jvm(70).leavingGarbagePerWord(); // a String and a map node per distinct word, a substring per word
    }

    @Override
    public String description() {
        return "Java: whole file as a String, str.lower(), HashMap<String, Integer>.merge, TopWords";
    }

    @Override
    public TopWords count(List<Path> files, int n) throws IOException {
        WordCounter.requireValidRequest(files, n);
        // Peak: the bytes, the String (two bytes a char for non-Latin-1 text), its lowered copy, the words.
        WholeTextLimit.require(files, WholeTextLimit.bytesFor(8), name());
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files) {
            String text = Utf8.decode(Files.readAllBytes(file), file);
            countWords(PythonWordRule.lower(text), counts);
        }
        return TopWords.of(counts, n);
    }

    /** Adds every maximal run of {@code \w} characters of the already lowered {@code text}. */
    private static void countWords(String text, Map<String, Integer> counts) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!PythonWordRule.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < text.length() && PythonWordRule.isWordChar(cp = text.codePointAt(i)));
            counts.merge(text.substring(start, i), 1, Integer::sum);
        }
    }
}
