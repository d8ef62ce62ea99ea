package wordbench.impls.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.PythonWordRule;
import wordbench.spi.ThreadCount;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/** The Rust strategies against the reference rule ({@link PythonWordRule}) and CPython itself. */
class RustCountersTest {

    static final List<String> NAMES = List.of("rust-jni-talk", "rust-jni", "rust-ffm", "rust-parallel");

    @TempDir
    Path dir;

    static Stream<WordCounter> strategies() {
        return NAMES.stream().map(RustCountersTest::strategy);
    }

    static WordCounter strategy(String name) {
        return ServiceLoader.load(WordCounter.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("not registered: " + name));
    }

    /** Whether the build packed a library; the Maven build does whenever cargo is on PATH. */
    static boolean packed() {
        return NativeLibrary.class.getResource("/wordbench/impls/rust/native/PLATFORM") != null;
    }

    @BeforeAll
    static void availabilityMatchesWhatTheBuildPacked() {
        for (String name : NAMES) {
            if (packed()) {
                assertEquals(true, strategy(name).availability().available(), strategy(name).availability().reason());
            } else {
                assertEquals(PackedLibrary.BUILT_WITHOUT_CARGO, strategy(name).availability().reason());
            }
        }
    }

    static TopWords reference(List<String> texts, int n) {
        Map<String, Long> counts = new HashMap<>();
        for (String text : texts) {
            PythonWordRule.forEachWord(text, w -> counts.merge(w, 1L, Long::sum));
        }
        return TopWords.of(counts, n);
    }

    List<Path> write(List<String> texts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String text : texts) {
            Path f = Files.createTempFile(dir, "text-", ".txt");
            Files.writeString(f, text, StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    static final List<String> TRICKY = List.of(
            "İstanbul İSTANBUL istanbul KIZILIRMAK",
            "ΟΔΟΣ ΟΔΟΣ. A.Σ ΑΣ.Α 1Σ Σ ΑΣΣ Α'Σ' ΑΣ1 σς",
            "cafe\u0301 CAFE\u0301S café CAFÉ naïve NAÏVE",
            "𠀀𠀁 𠀀,𠀀 \uFF41\uFF41 𐐀𐐁 𐐨𐐩 ٣٤ ٣٤ x² 5\u212A 5k ǅungla Ǆ ß ẞ ﬁ",
            "Hello, hello; HELLO_World 42 4_2 don't it’s ___ a\u00A0b\ttab\r\nnew\0nul",
            "averyveryverylongwordindeed averyveryverylongwordindeed abcdefgh abcdefghi ABCDEFGH",
            "Σ");

    @ParameterizedTest
    @MethodSource("strategies")
    void trickyTextsOneByOneAndTogether(WordCounter counter) throws IOException {
        assumeTrue(counter.availability().available());
        for (String text : TRICKY) {
            assertEquals(reference(List.of(text), 100), counter.count(write(List.of(text)), 100), text);
        }
        assertEquals(reference(TRICKY, 1000), counter.count(write(TRICKY), 1000));
        assertEquals(reference(TRICKY, 3), counter.count(write(TRICKY), 3));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void noFinalSigmaContextCrossesFiles(WordCounter counter) throws IOException {
        assumeTrue(counter.availability().available());
        // Together "ΑΣ" + "Σ" would be one text; as files, each Σ sees only its own file.
        TopWords top = counter.count(write(List.of("ΑΣ", "Σ", "ΑΣ")), 10);
        assertEquals("ας\t2\nσ\t1\n", top.toTsv());
    }

    /** A large random text of tricky pieces, so the parallel strategy cuts it into many chunks. */
    @ParameterizedTest
    @MethodSource("strategies")
    void largeRandomTrickyText(WordCounter counter) throws IOException {
        assumeTrue(counter.availability().available());
        String[] pieces = {"the", "The", "ΑΣ", "Σ", "σ", ".", " ", " ", "\n", "'", "İ", "\u0301", "𠀀", "٣", "\u212A",
                "ǅ", "x", "Y", "_", "7", "-", "é", "ΟΔΟΣ", "\u00A0", "ß"};
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 400_000) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(sb.toString());
        }
        List<Path> files = write(texts);
        assertEquals(reference(texts, 500), counter.count(files, 500));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void bigTxt(WordCounter counter) throws IOException {
        assumeTrue(counter.availability().available());
        Path big = Path.of("../../data/big.txt");
        assumeTrue(Files.exists(big), "data/big.txt is not here");
        String text = Files.readString(big);
        TopWords top = counter.count(List.of(big, big), 1000);
        assertEquals("the\t159618", top.toTsv().lines().findFirst().orElseThrow());
        assertEquals(reference(List.of(text, text), 1000), top);
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void errorsAreTheJavaStrategiesErrors(WordCounter counter) throws IOException {
        assumeTrue(counter.availability().available());
        Path ok = write(List.of("fine words")).getFirst();
        Path bad = dir.resolve("bad.txt");
        byte[] bytes = "abc é \u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = 'x';
        broken[bytes.length + 1] = (byte) 0xE2;
        broken[bytes.length + 2] = (byte) 0x28;
        Files.write(bad, broken);
        Path missing = dir.resolve("missing.txt");

        InvalidUtf8Exception invalid = assertThrows(InvalidUtf8Exception.class,
                () -> counter.count(List.of(ok, bad, missing), 5));
        assertEquals(bad, invalid.file());
        assertEquals(bytes.length + 1, invalid.byteOffset());

        NoSuchFileException notFound = assertThrows(NoSuchFileException.class,
                () -> counter.count(List.of(ok, missing, bad), 5));
        assertEquals(missing.toString(), notFound.getFile());

        IOException directory = assertThrows(IOException.class, () -> counter.count(List.of(dir), 5));
        assertEquals(dir + ": Is a directory", directory.getMessage());

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(TopWords.EMPTY, counter.count(List.of(empty), 5));
        assertEquals(reference(List.of("fine words"), 5), counter.count(List.of(empty, ok, empty), 5));

        assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(ok), 0));
        assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(), 5));
    }

    @Test
    void threadsComeFromTheSystemPropertyAtCountTime() throws IOException {
        WordCounter parallel = strategy("rust-parallel");
        String before = System.getProperty(ThreadCount.PROPERTY);
        try {
            System.setProperty(ThreadCount.PROPERTY, "zero");
            if (parallel.availability().available()) {
                Path text = write(List.of("a b a")).getFirst();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> parallel.count(List.of(text), 5));
                assertTrue(e.getMessage().contains("'zero'"), e.getMessage());
                System.setProperty(ThreadCount.PROPERTY, "1");
                assertEquals("a\t2\nb\t1\n", parallel.count(List.of(text), 5).toTsv());
            }
        } finally {
            if (before == null) {
                System.clearProperty(ThreadCount.PROPERTY);
            } else {
                System.setProperty(ThreadCount.PROPERTY, before);
            }
        }
    }

    @Test
    void unavailableStrategiesSayWhyWhenCounting() throws IOException {
        assumeTrue(!packed());
        Path text = write(List.of("a")).getFirst();
        for (String name : NAMES) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> strategy(name).count(List.of(text), 1));
            assertTrue(e.getMessage().contains(PackedLibrary.BUILT_WITHOUT_CARGO), e.getMessage());
        }
    }
}
