package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.WordCounter;

/** Every Rust strategy against the oracle itself, python3, on tricky and random texts. */
class CPythonOracleTest {

    private static final String ORACLE = """
            import collections, re, sys
            counts = collections.Counter()
            for path in sys.argv[2:]:
                with open(path, encoding='utf-8', newline='') as f:
                    counts.update(re.findall(r'\\w+', f.read().lower()))
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:int(sys.argv[1])]
            sys.stdout.buffer.write(''.join('%s\\t%d\\n' % kv for kv in top).encode('utf-8'))
            """;

    @TempDir
    Path dir;

    static String python(List<Path> files, int n) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", ORACLE, Integer.toString(n)));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "python3 failed");
        return out;
    }

    static boolean pythonPresent() {
        try {
            return new ProcessBuilder("python3", "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))")
                    .start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void trickyAndRandomTextsMatchCPython() throws Exception {
        assumeTrue(NativeLibrary.availability().available());
        assumeTrue(pythonPresent(), "python3 (CPython 3.11, the oracle) is not here");
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
        // The oracle's answers, asked once per file.
        List<String> expected = new ArrayList<>();
        for (Path f : files) {
            expected.add(python(List.of(f), 50));
        }
        String expectedTogether = python(files, 2000);
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
