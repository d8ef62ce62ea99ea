package wordbench.impls.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.conformance.CPythonOracle;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The spots where a chunked or parallel scanner goes wrong and a whole-text reference cannot:
 * window and range ends inside UTF-8 sequences, words and final-sigma contexts; words longer
 * than a window; where exactly invalid UTF-8 is reported; empty and several files. Every
 * strategy of this module runs every case, java-fast and java-parallel also with tiny windows and
 * parts so that their seams land everywhere. Expected answers come from {@link Oracle}.
 */
class StrategyEdgeCasesTest {
    /** Larger than the number of distinct words of any case: compare complete counts. */
    private static final int ALL = 1_000_000;

    static final String MIXED = "İstanbul ISTANBUL İ straße STRASSE ẞ Ǆemal ǅ ǆ ΌΣΟΣ ΟΔΟΣ. Σ ΑΣ'Β ÉCOLE école"
            + " e\u0301cole 中文字 𠀀𠀁𠀂 ١٢٣ ٣ Ⅻ ⅻ ﬁ ﬃ Ωmega ΐ ǰ ŉ 𝐀𝐁 ＡＢ under_score CamelCase x²y ½ 𐐀𐐨 Ꭰꭰ"
            + " ᲐᲑ ǈ ＿ ⁀ ‿ 𝟘 Ⓐⓐ \u00AD\u200B\u200Dx\u0345 ΆΈΉ KELVIN\u212A Å\u212B\n";

    /** Final sigma contexts, with case-ignorable runs (' . : ^ ` and marks) longer than small windows. */
    static final String SIGMA = "Σα ΑΣ ΑΣ. ΑΣ.Β Α.Σ Α.Σ. Σ Σ. .Σ ΑΣΑ ΑΣ'Α Α'Σ' Α:Σ^Β Α`Σ`` ΑΣ\u0301 Α\u0301Σ ΑΣ\u00AD"
            + " Σ\u0301Α 1Σ _Σ ΑΣ1 ΑΣ_ ΑΣΣ ΣΣ ΑΣ\u0301\u0301Β ΑΣ.\u0301.α ΑΣ.'.:\n"
            + "Α" + ".".repeat(300) + "Σ" + "'".repeat(300) + "Α ΑΣ" + ":".repeat(300) + "\n"
            + "ΑΣ" + "`".repeat(200) + "\u00B7".repeat(50) + "Β ΑΣ" + "^".repeat(500) + " Β Α" + ".".repeat(200) + "Σ"
            + "\nΑΣ";

    static Stream<Named<Supplier<WordCounter>>> counters() {
        return Stream.of(
                Named.of("java-hashmap", JavaHashMapCounter::new),
                Named.of("java-fast", JavaFastCounter::new),
                Named.of("java-fast, 1-byte window", () -> new JavaFastCounter(1)),
                Named.of("java-fast, 3-byte window", () -> new JavaFastCounter(3)),
                Named.of("java-fast, 7-byte window", () -> new JavaFastCounter(7)),
                Named.of("java-fast, 9-byte window", () -> new JavaFastCounter(9)),
                Named.of("java-fast, 21-byte window", () -> new JavaFastCounter(21)),
                Named.of("java-parallel", JavaParallelCounter::new),
                Named.of("java-parallel, 2 threads, 1-byte parts, 5-byte window", () -> new JavaParallelCounter(2, 1, 5)),
                Named.of("java-parallel, 3 threads, 1-byte parts, 2-byte window", () -> new JavaParallelCounter(3, 1, 2)),
                Named.of("java-parallel, 8 threads, 16-byte parts, 64-byte window", () -> new JavaParallelCounter(8, 16, 64)));
    }

    /** Shared by all cases, so that {@link Oracle} can reuse its answer for the same file. */
    @TempDir
    static Path dir;

    @BeforeAll
    static void sayWhichOracle() {
        System.out.println(Oracle.hasPython()
                ? "expected answers from CPython (the conformance module's CPythonOracle)"
                : CPythonOracle.unavailableReason().orElseThrow()
                        + ": expected answers from PythonWordRule.forEachWord, not from CPython");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertCounts(Supplier<WordCounter> factory, List<Path> files) throws IOException {
        TopWords expected = Oracle.expected(files, ALL);
        try (WordCounter counter = factory.get()) {
            assertEquals(expected, counter.count(files, ALL));
            // A second call on the same instance must not see the first one's counts.
            assertEquals(expected, counter.count(files, ALL));
        }
    }

    private static void assertInvalid(Supplier<WordCounter> factory, List<Path> files) {
        InvalidUtf8Exception expected = assertThrows(InvalidUtf8Exception.class, () -> Oracle.expected(files, ALL));
        try (WordCounter counter = factory.get()) {
            InvalidUtf8Exception actual = assertThrows(InvalidUtf8Exception.class, () -> counter.count(files, 10));
            assertEquals(expected.file(), actual.file());
            assertEquals(expected.byteOffset(), actual.byteOffset(), "offset of the first invalid byte");
            assertFalse(actual.getMessage().contains("\n"), "one-line message");
        }
    }

    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof int[] raw) {
                for (int b : raw) {
                    out.write(b);
                }
            } else {
                throw new IllegalArgumentException(String.valueOf(part));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("counters")
    void unicodeAcrossEveryWindowAndPartEnd(Supplier<WordCounter> factory) throws IOException {
        assertCounts(factory, List.of(write("mixed.txt", MIXED.repeat(3))));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void finalSigmaContextAcrossWindowsAndParts(Supplier<WordCounter> factory) throws IOException {
        assertCounts(factory, List.of(write("sigma.txt", SIGMA)));
    }

    /** Leading spaces change nothing but move every window and part seam across the sigma contexts. */
    @ParameterizedTest
    @MethodSource("counters")
    void finalSigmaWhereverTheSeamsFall(Supplier<WordCounter> factory) throws IOException {
        Path unshifted = write("sigma.txt", SIGMA);
        TopWords expected = Oracle.expected(List.of(unshifted), ALL);
        try (WordCounter counter = factory.get()) {
            for (int pad = 1; pad <= 24; pad++) {
                Path shifted = write("sigma-" + pad + ".txt", " ".repeat(pad) + SIGMA);
                assertEquals(expected, counter.count(List.of(shifted), ALL), "padded by " + pad);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("counters")
    void wordsLongerThanAnyWindow(Supplier<WordCounter> factory) throws IOException {
        String text = "x".repeat(150_000) + " y " + "Ab".repeat(80_000) + "Σ " + "é".repeat(70_000)
                + " " + "ΑΣ".repeat(60_000) + " İ".repeat(3) + "𠀀".repeat(40_000) + " end x" + "x".repeat(149_999);
        assertCounts(factory, List.of(write("long.txt", text)));
    }

    /** The 8-bytes-at-a-time ASCII path: every word length around 8 and 16, next to every kind of byte. */
    @ParameterizedTest
    @MethodSource("counters")
    void asciiWordsOfEveryLengthNextToUnicode(Supplier<WordCounter> factory) throws IOException {
        StringBuilder text = new StringBuilder();
        String[] neighbours = {" ", ".", "\n", "é", "Σ", "İ", "\u0301", "中", "𠀀", "—", "_", "9", "'", "\u00A0", ""};
        String letters = "AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789";
        for (int length = 1; length <= 19; length++) {
            for (String before : neighbours) {
                for (String after : neighbours) {
                    for (int shift = 0; shift < 3; shift++) {
                        text.append(" ".repeat(shift)).append(before)
                                .append(letters, length % 7, length % 7 + length).append(after).append(' ');
                    }
                }
            }
        }
        assertCounts(factory, List.of(write("lengths.txt", text.toString())));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void manyWindowsOfOrdinaryText(Supplier<WordCounter> factory) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Word").append(i % 977).append(i % 5 == 0 ? ". " : " ").append(i % 13 == 0 ? MIXED : "");
        }
        assertCounts(factory, List.of(write("many.txt", text.toString())));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void invalidFirstByte(Supplier<WordCounter> factory) throws IOException {
        assertInvalid(factory, List.of(write("bad-first-1.txt", concat(new int[] {0xFF}, "abc def"))));
        assertInvalid(factory, List.of(write("bad-first-2.txt", concat(new int[] {0x80}, "abc def"))));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void invalidInTheMiddleOfALargeFile(Supplier<WordCounter> factory) throws IOException {
        String before = "lorem ipsum Σίσυφος ".repeat(10_000);
        int[][] bads = {{0xE2, 0x28, 0xA1}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
                {0xCE}, {0xF0, 0x9F, 0x98}, {0x80}, {0xFE}};
        for (int k = 0; k < bads.length; k++) {
            assertInvalid(factory, List.of(write("bad-middle-" + k + ".txt", concat(before, bads[k], " after ".repeat(5000)))));
        }
    }

    @ParameterizedTest
    @MethodSource("counters")
    void sequenceCutByTheEndOfTheFile(Supplier<WordCounter> factory) throws IOException {
        assertInvalid(factory, List.of(write("cut-1.txt", concat("abc é ΑΣ ", new int[] {0xE2, 0x82}))));
        assertInvalid(factory, List.of(write("cut-2.txt", concat("ΑΣ".repeat(5000), new int[] {0xF0, 0x9F, 0x98}))));
        assertInvalid(factory, List.of(write("cut-3.txt", new byte[] {(byte) 0xCE})));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void earliestOfSeveralErrors(Supplier<WordCounter> factory) throws IOException {
        byte[] text = concat("a ".repeat(3000), new int[] {0xFF}, " b".repeat(30_000), new int[] {0xC3},
                " c".repeat(30_000), new int[] {0x80});
        assertInvalid(factory, List.of(write("bad-twice.txt", text)));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void invalidInALaterFile(Supplier<WordCounter> factory) throws IOException {
        Path good = write("good.txt", MIXED);
        Path bad = write("bad-later.txt", concat("ok ", new int[] {0xC3, 0x28}));
        assertInvalid(factory, List.of(good, bad, good));
    }

    /** Files are read in order: a missing file is only reported when the files before it are valid. */
    @ParameterizedTest
    @MethodSource("counters")
    void firstProblemInFileOrder(Supplier<WordCounter> factory) throws IOException {
        Path good = write("good.txt", MIXED);
        Path bad = write("bad-order.txt", concat("ok ".repeat(1000), new int[] {0xC3, 0x28}));
        Path missing = dir.resolve("missing.txt");
        assertInvalid(factory, List.of(good, bad, missing));
        List<Path> missingFirst = List.of(good, missing, bad);
        assertThrows(NoSuchFileException.class, () -> Oracle.expected(missingFirst, ALL));
        try (WordCounter counter = factory.get()) {
            assertThrows(NoSuchFileException.class, () -> counter.count(missingFirst, 10));
        }
    }

    @ParameterizedTest
    @MethodSource("counters")
    void emptyFiles(Supplier<WordCounter> factory) throws IOException {
        Path empty = write("empty.txt", "");
        try (WordCounter counter = factory.get()) {
            assertEquals(TopWords.EMPTY, counter.count(List.of(empty), 10));
        }
        assertCounts(factory, List.of(empty, write("blank.txt", " \n.,;'\n"), write("words.txt", "a b a"), empty));
    }

    @ParameterizedTest
    @MethodSource("counters")
    void severalFilesAddUpButNeverJoin(Supplier<WordCounter> factory) throws IOException {
        Path first = write("first.txt", "abc ΑΣ Α");
        Path second = write("second.txt", "Σ def ΑΣ");
        Path third = write("third.txt", "'ghi ΑΣ\u0301");
        List<Path> files = List.of(first, second, third, first, second);
        assertCounts(factory, files);
        try (WordCounter counter = factory.get()) {
            List<String> words = counter.count(files, ALL).entries().stream().map(e -> e.word()).toList();
            assertFalse(words.contains("αςdef") || words.contains("ασdef") || words.contains("abcσ"), words.toString());
            assertTrue(words.contains("σ"), "a sigma at the start of a file has no cased letter before it: " + words);
        }
    }

    @ParameterizedTest
    @MethodSource("counters")
    void badArguments(Supplier<WordCounter> factory) throws IOException {
        Path file = write("small.txt", "a b a");
        try (WordCounter counter = factory.get()) {
            assertThrows(NoSuchFileException.class, () -> counter.count(List.of(dir.resolve("missing.txt")), 10));
            assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(file), 0));
            assertThrows(IllegalArgumentException.class, () -> counter.count(List.of(), 10));
        }
    }
}
