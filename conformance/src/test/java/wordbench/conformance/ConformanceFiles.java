package wordbench.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import wordbench.spi.TopWords;
import wordbench.spi.WordCount;

/**
 * The committed conformance material in the top-level {@code conformance/} folder: the fixtures
 * with their CPython goldens, the big.txt golden and the invalid UTF-8 cases, all written by
 * {@code conformance/python/make_golden.py}. Read from the checkout, not the class path, so every
 * module's tests count the very same files.
 */
public final class ConformanceFiles {

    /**
     * The N every fixture is counted with. make_golden.py refuses a fixture with more distinct words,
     * so every fixture golden is the complete list and the top {@code FIXTURE_N} is all of it.
     */
    public static final int FIXTURE_N = 1000;
    /** The big.txt golden is its top 50. */
    public static final int BIG_TXT_N = 50;
    public static final String GOLDEN_SUFFIX = ".expected.tsv";

    private ConformanceFiles() {
    }

    /** The {@code conformance/} folder: the nearest one up from the working directory that holds SPEC.md. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conformance");
            if (Files.isRegularFile(candidate.resolve("SPEC.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no conformance/SPEC.md in " + Path.of("").toAbsolutePath() + " or above");
    }

    public static Path fixture(String name) {
        return root().resolve("fixtures").resolve(name);
    }

    /** Every fixture's file name, sorted; each has a golden next to it. */
    public static List<String> fixtureNames() {
        try (Stream<Path> files = Files.list(root().resolve("fixtures"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".txt")).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no fixtures in " + root().resolve("fixtures"));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden answer for one fixture: every distinct word, in canonical order. */
    public static List<WordCount> golden(String fixtureName) throws IOException {
        String base = fixtureName.substring(0, fixtureName.length() - ".txt".length());
        return readTsv(root().resolve("fixtures").resolve(base + GOLDEN_SUFFIX));
    }

    public static List<WordCount> bigTxtGolden() throws IOException {
        return readTsv(root().resolve("big.txt.top" + BIG_TXT_N + GOLDEN_SUFFIX));
    }

    /** {@code word<TAB>count} lines; a word never contains a tab or a line break. */
    public static List<WordCount> readTsv(Path file) throws IOException {
        List<WordCount> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(file + ": not a word<TAB>count line: " + line);
            }
            entries.add(new WordCount(line.substring(0, tab), Long.parseLong(line.substring(tab + 1))));
        }
        return entries;
    }

    /** The sum of several complete goldens, in canonical order: what those fixtures give together. */
    public static List<WordCount> sum(List<List<WordCount>> goldens) {
        Map<String, Long> total = new HashMap<>();
        for (List<WordCount> golden : goldens) {
            for (WordCount entry : golden) {
                total.merge(entry.word(), entry.count(), Long::sum);
            }
        }
        return TopWords.of(total, Math.max(1, total.size())).entries();
    }

    /** One invalid UTF-8 file and the offset CPython reports for it (UnicodeDecodeError.start). */
    public record InvalidCase(String name, Path file, long offset) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<InvalidCase> invalidUtf8Cases() throws IOException {
        Path dir = root().resolve("invalid-utf8");
        List<InvalidCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("offsets.tsv"), StandardCharsets.US_ASCII)) {
            String[] f = line.split("\t");
            cases.add(new InvalidCase(f[0], dir.resolve(f[0] + ".bin"), Long.parseLong(f[1])));
        }
        return cases;
    }
}
