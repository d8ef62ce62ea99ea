package wordbench.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.spi.ReferenceCount;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WarmUp;
import wordbench.spi.WordCount;
import wordbench.spi.WordCounter;

/** A strategy that disagrees is named, whichever way the vote goes. */
class AgreementTest {

    @TempDir
    Path dir;

    /** A test double whose count runs {@code read} on the files: a fixed answer, a refusal, a read error. */
    private record Reading(String name, Read read) implements WordCounter {
        interface Read {
            TopWords apply(List<Path> files) throws IOException;
        }

        @Override
        public StrategyTraits traits() {
            return StrategyTraits.of(RuntimeKind.JVM, WarmUp.STANDARD, "a test double", 0);
        }

        @Override
        public String description() {
            return "reads its files";
        }

        @Override
        public TopWords count(List<Path> files, int n) throws IOException {
            return read.apply(files);
        }
    }

    /** A test double answering whatever it is told to, so disagreement can be staged. */
    private static Reading fixed(String name, TopWords answer) {
        return new Reading(name, files -> answer);
    }

    private static TopWords words(Object... pairs) {
        List<WordCount> entries = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entries.add(new WordCount((String) pairs[i], ((Number) pairs[i + 1]).longValue()));
        }
        return new TopWords(entries);
    }

    @Test
    void theMajorityAnswerWinsAndTheOtherIsNamed() throws IOException {
        TopWords right = words("a", 2, "b", 1);
        Agreement agreement = Agreement.check(List.of(fixed("x", right), fixed("y", words("a", 2)),
                fixed("z", right)), List.of(dir), 10, (f, n) -> {
                    throw new AssertionError("no tie, no reference needed");
                });
        assertFalse(agreement.unanimous());
        assertEquals(right, agreement.agreed());
        assertEquals(List.of("x", "z"), agreement.agreeing());
        assertTrue(agreement.dissenting().get("y").contains("line 2"), agreement.dissenting().toString());
    }

    @Test
    void aTieIsBrokenByTheReferenceRule() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), "b a b");
        TopWords truth = ReferenceCount.topWords(List.of(file), 10);
        Agreement agreement = Agreement.check(List.of(fixed("wrong", words("a", 1, "b", 1)),
                fixed("right", truth)), List.of(file), 10, ReferenceCount::topWords);
        assertEquals(truth, agreement.agreed());
        assertEquals(List.of("right"), agreement.agreeing());
        assertEquals(List.of("wrong"), List.copyOf(agreement.dissenting().keySet()));
    }

    @Test
    void aRefusalOfAFileTooLargeIsNoDisagreement() throws IOException {
        Path file = Files.writeString(dir.resolve("two-bytes.txt"), "ab");
        TopWords right = ReferenceCount.topWords(List.of(file), 10);
        WordCounter small = new Reading("small", files -> {
            WholeTextLimit.require(files, new WholeTextLimit(1, "a test's 1 byte"), "small");
            throw new AssertionError("refused above");
        });
        Agreement agreement = Agreement.check(List.of(fixed("x", right), small, fixed("z", right)),
                List.of(file), 10, ReferenceCount::topWords);
        assertTrue(agreement.unanimous(), agreement.dissenting().toString());
        assertEquals(List.of("x", "z"), agreement.agreeing());
        assertEquals(List.of("small"), List.copyOf(agreement.refused().keySet()));
        assertTrue(agreement.refused().get("small").contains("more than small holds in memory"), agreement.refused().toString());
    }

    @Test
    void inputErrorsAreNotDisagreement() {
        assertThrows(NoSuchFileException.class, () -> Agreement.check(List.of(new Reading("reads", files -> {
            Files.readAllBytes(files.get(0));
            return TopWords.EMPTY;
        })), List.of(dir.resolve("absent.txt")), 10, ReferenceCount::topWords));
    }
}
