package wordbench.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word rule applied in the plainest way, with no strategy's tricks: the arbiter when
 * strategies disagree with each other. It is itself held to CPython's answers by the conformance suite.
 */
public final class ReferenceCount {
    private ReferenceCount() {
    }

    public static TopWords topWords(List<Path> files, int n) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (Path file : files) {
            PythonWordRule.forEachWord(Utf8.decode(Files.readAllBytes(file), file),
                    word -> counts.merge(word, 1L, Long::sum));
        }
        return TopWords.of(counts, n);
    }
}
